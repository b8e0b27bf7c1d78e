package org.opencem.actions;

/** How a team shares its cases: in turn, or to whoever has the fewest open. */
public enum AssignMode {
    ROUND_ROBIN, LEAST_LOADED
}
