package org.opencem.analytics;

import java.time.LocalDate;
import java.util.UUID;

/** What a person enters for a goal; checked by {@link Goals}, which names each field it refuses. */
public record GoalInput(String metric, UUID orgUnitId, UUID departmentId, LocalDate periodStart,
                        LocalDate periodEnd, Double target, String note) {
}
