package org.opencem.actions;

public enum CaseStatus {
    NEW, IN_PROGRESS, RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
