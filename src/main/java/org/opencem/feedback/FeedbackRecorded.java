package org.opencem.feedback;

import java.util.List;

/**
 * Feedback records newly committed, handed over in batches so that listeners can aggregate:
 * published inside the dispatcher's transaction, which commits their work with the hand-over.
 */
public record FeedbackRecorded(List<FeedbackRecord> records) {

    public FeedbackRecorded {
        records = List.copyOf(records);
    }
}
