package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.opencem.actions.CasePriority;

/**
 * A case about to be opened: from the feedback an alert matched, from a response or signal someone
 * picked by hand ({@code openedBy} set), or through the API without feedback ({@code feedbackId} null).
 */
public record NewCase(UUID feedbackId, UUID sourceId, UUID orgUnitId, UUID touchpointId, String customerId,
                      String title, CasePriority priority, OffsetDateTime openedAt, UUID openedBy, String reason) {
}
