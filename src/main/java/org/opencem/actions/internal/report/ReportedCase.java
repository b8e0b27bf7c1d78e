package org.opencem.actions.internal.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One case with what the reports group and measure it by. */
public record ReportedCase(UUID id, long number, OffsetDateTime createdAt, OffsetDateTime firstResponseAt,
                          OffsetDateTime resolvedAt, boolean breached, UUID orgUnitId, String orgUnitName,
                          UUID touchpointId, String touchpointName, UUID departmentId, String departmentName,
                          List<String> topics, UUID rootCauseId, String rootCauseName) {
}
