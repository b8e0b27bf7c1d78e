package org.opencem.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A feedback record with a comment, as the explorer lists it, with what text analytics found. */
public record Comment(UUID id, OffsetDateTime occurredAt, UUID orgUnitId, String unitName, UUID touchpointId,
                      FeedbackSource source, String channel, Integer nps, Integer csat, String sentiment,
                      Double sentimentScore, List<String> topics, String text) {

    public Comment {
        topics = List.copyOf(topics);
    }
}
