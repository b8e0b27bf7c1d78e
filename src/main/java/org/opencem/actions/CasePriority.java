package org.opencem.actions;

public enum CasePriority {
    LOW, NORMAL, HIGH, URGENT
}
