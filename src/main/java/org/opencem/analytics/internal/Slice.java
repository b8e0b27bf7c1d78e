package org.opencem.analytics.internal;

import java.time.LocalDate;

/**
 * One cell of a read: the org unit (when read per unit, else null), the group's key (a unit or
 * touchpoint id, a channel…, "" for none) and the day, when split by time.
 */
record Slice(String unit, String group, LocalDate day) {

    Slice withoutUnit() {
        return new Slice(null, group, day);
    }
}
