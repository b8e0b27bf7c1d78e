package org.opencem.feedback;

import java.util.List;

/**
 * Feedback records newly committed, handed over in batches so that listeners can aggregate:
 * published inside the dispatcher's transaction, which commits their work with the hand-over.
 * {@code superseded} holds the earlier versions of records that a source updated (a review
 * edited and imported again), so aggregates can take the old version out.
 */
public record FeedbackRecorded(List<FeedbackRecord> records, List<FeedbackRecord> superseded) {

    public FeedbackRecorded {
        records = List.copyOf(records);
        superseded = List.copyOf(superseded);
    }

    public FeedbackRecorded(List<FeedbackRecord> records) {
        this(records, List.of());
    }
}
