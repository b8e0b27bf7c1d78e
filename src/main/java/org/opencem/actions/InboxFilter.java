package org.opencem.actions;

/** The inbox tabs. */
public enum InboxFilter {
    MINE, OPEN, RESOLVED
}
