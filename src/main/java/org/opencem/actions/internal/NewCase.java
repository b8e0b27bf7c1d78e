package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.opencem.actions.AlertRule;
import org.opencem.actions.CasePriority;

/**
 * A case about to be opened: from the feedback an alert {@code rule} matched, from a response or
 * signal someone picked by hand ({@code openedBy} set, no rule), or through the API without
 * feedback ({@code feedbackId} null).
 */
public record NewCase(UUID feedbackId, UUID sourceId, UUID orgUnitId, UUID touchpointId, String customerId,
                      String title, CasePriority priority, OffsetDateTime openedAt, UUID openedBy, String reason,
                      AlertRule rule) {
}
