package org.opencem.actions;

/** The inbox tabs: my open cases, those due within hours, those past due, all open in scope, the finished. */
public enum InboxFilter {
    MINE, DUE_SOON, OVERDUE, OPEN, RESOLVED
}
