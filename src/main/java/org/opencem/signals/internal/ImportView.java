package org.opencem.signals.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.feedback.FeedbackSource;

/** An uploaded file and how far its import has come. */
public record ImportView(UUID id, FeedbackSource source, String fileName, Status status, int totalRows,
                         int processedRows, int created, int updated, int unchanged, int failed,
                         List<RowError> errors, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public enum Status {
        /** Uploaded; waits for its columns to be mapped. */
        MAPPING,
        QUEUED,
        RUNNING,
        DONE
    }

    /** One row that was not imported: its line in the file, the field and why. */
    public record RowError(int line, String field, String code, List<String> args) {

        public Object[] argsArray() {
            return args.toArray();
        }
    }

    public ImportView {
        errors = List.copyOf(errors);
    }

    public int percent() {
        return totalRows == 0 ? 100 : Math.min(100, processedRows * 100 / totalRows);
    }

    public boolean inProgress() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
