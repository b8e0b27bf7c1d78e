package org.opencem.actions;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. Which status may follow which is decided here and nowhere else. */
public enum CaseStatus {
    NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED, REOPENED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The statuses a case may move to from this one. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW, REOPENED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(WAITING_FOR_CUSTOMER, RESOLVED);
            case WAITING_FOR_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** The statuses that count as open, for SQL "status in (…)". */
    public static Set<CaseStatus> open() {
        return EnumSet.of(NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER, REOPENED);
    }
}
