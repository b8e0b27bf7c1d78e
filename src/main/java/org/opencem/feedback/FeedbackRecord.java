package org.opencem.feedback;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.opencem.textanalytics.TextInsight;

/**
 * The unified form of any response or signal, which analytics and actions read.
 * Scores are null when the source did not ask for them. {@code attributes} are what the source
 * knew besides (the customer's tier, a chosen option: "customer.vip" → "true"); {@code insight}
 * is what text analytics found in the comment, null until it has run.
 */
public record FeedbackRecord(UUID tenantId, UUID id, FeedbackSource source, UUID sourceId, UUID orgUnitId,
                             UUID touchpointId, String channel, String customerId, OffsetDateTime occurredAt,
                             Integer nps, Integer csat, Integer ces, String comment, String language,
                             Map<String, String> attributes, TextInsight insight) {

    public FeedbackRecord {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean isDetractor() {
        return nps != null && nps <= 6;
    }

    public FeedbackRecord withInsight(TextInsight found) {
        return new FeedbackRecord(tenantId, id, source, sourceId, orgUnitId, touchpointId, channel, customerId,
                occurredAt, nps, csat, ces, comment, language, attributes, found);
    }
}
