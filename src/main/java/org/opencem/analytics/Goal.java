package org.opencem.analytics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A target value of a metric for an org unit's subtree over a period; with a department, for
 * the touchpoints that department owns within the unit.
 */
public record Goal(UUID id, ViewMetric metric, UUID orgUnitId, String orgUnitName, UUID departmentId,
                   String departmentName, LocalDate periodStart, LocalDate periodEnd, double target, String note) {

    /** Days this goal's period shares with [from, to]; 0 when they do not meet. */
    public long overlapDays(LocalDate from, LocalDate to) {
        LocalDate start = periodStart.isAfter(from) ? periodStart : from;
        LocalDate end = periodEnd.isBefore(to) ? periodEnd : to;
        return end.isBefore(start) ? 0 : end.toEpochDay() - start.toEpochDay() + 1;
    }
}
