package org.opencem.actions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as listed in an inbox. */
public record CaseSummary(UUID id, long number, String title, CaseStatus status, CasePriority priority,
                          UUID orgUnitId, String orgUnitName, UUID assigneeId, String assigneeName,
                          UUID feedbackId, UUID sourceId, Integer nps, OffsetDateTime createdAt,
                          OffsetDateTime resolvedAt, String resolution) {
}
