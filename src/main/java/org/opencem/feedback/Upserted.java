package org.opencem.feedback;

/** A record stored by {@link FeedbackRecords#upsertAll}, with the id it has, and what storing it did. */
public record Upserted(FeedbackRecord record, Outcome outcome) {

    public enum Outcome {
        /** First seen: inserted and queued. */
        CREATED,
        /** Seen before with other content: same id, new content, queued with the version it replaces. */
        UPDATED,
        /** Seen before with the same content: nothing written, nothing queued. */
        UNCHANGED
    }
}
