package org.opencem.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The unified form of any response or signal, which analytics and actions read.
 * Scores are null when the source did not ask for them.
 */
public record FeedbackRecord(UUID tenantId, UUID id, FeedbackSource source, UUID sourceId, UUID orgUnitId,
                             UUID touchpointId, String channel, String customerId, OffsetDateTime occurredAt,
                             Integer nps, Integer csat, Integer ces, String comment, String language) {

    public boolean isDetractor() {
        return nps != null && nps <= 6;
    }
}
