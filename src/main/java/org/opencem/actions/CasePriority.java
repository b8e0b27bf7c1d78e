package org.opencem.actions;

public enum CasePriority {
    NORMAL, HIGH
}
