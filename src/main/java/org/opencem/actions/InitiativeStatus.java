package org.opencem.actions;

public enum InitiativeStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
