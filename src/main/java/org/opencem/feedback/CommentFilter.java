package org.opencem.feedback;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the comment explorer looks for; every part is optional. {@code query} is searched in the
 * text (terms in any order; Chinese is segmented into words), {@code topic} is a taxonomy code,
 * {@code sentiment} a label (POSITIVE, NEUTRAL, NEGATIVE); {@code unitId} includes the units
 * under it; {@code from} and {@code to} are days in the reporting time zone, both included.
 */
public record CommentFilter(String query, String topic, String sentiment, UUID unitId, UUID touchpointId,
                            FeedbackSource source, LocalDate from, LocalDate to) {

    public static CommentFilter everything() {
        return new CommentFilter(null, null, null, null, null, null, null, null);
    }
}
