package org.opencem.actions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case as listed in an inbox and shown on its page, with its SLA clocks.
 *
 * @param ruleId   the alert rule that opened the case, null for a case opened by hand
 * @param ruleName that rule's name, null when the rule is gone
 */
public record CaseSummary(UUID id, long number, String title, CaseStatus status, CasePriority priority,
                          UUID orgUnitId, String orgUnitName, UUID touchpointId, UUID departmentId, String departmentName,
                          UUID assigneeId, String assigneeName, UUID feedbackId, UUID sourceId, String customerId,
                          Integer nps, OffsetDateTime createdAt, OffsetDateTime firstResponseDueAt,
                          OffsetDateTime firstRespondedAt, OffsetDateTime dueAt, int escalationLevel, UUID rootCauseId,
                          OffsetDateTime resolvedAt, OffsetDateTime closedAt, String resolution,
                          UUID ruleId, String ruleName) {

    /** Past its resolution due time while still open. */
    public boolean overdueAt(OffsetDateTime now) {
        return status.isOpen() && dueAt != null && dueAt.isBefore(now);
    }
}
