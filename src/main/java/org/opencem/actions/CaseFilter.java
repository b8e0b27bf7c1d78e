package org.opencem.actions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which cases a report or an initiative takes: opened from {@code from} up to and including
 * {@code to}, under an org unit, and optionally only one touchpoint, department, topic or root
 * cause ("root cause X at touchpoint Y in the last 90 days"). Null parts do not filter.
 */
public record CaseFilter(LocalDate from, LocalDate to, UUID orgUnitId, UUID touchpointId, UUID departmentId,
                         String topic, UUID rootCauseId) {

    public static CaseFilter lastDays(LocalDate today, int days) {
        return new CaseFilter(today.minusDays(days - 1L), today, null, null, null, null, null);
    }
}
