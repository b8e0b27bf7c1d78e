package org.opencem.signals;

import java.util.List;
import java.util.UUID;

import org.opencem.platform.Violation;

/** What became of one signal of a batch, by its index in the batch. */
public record SignalResult(int index, String externalId, Status status, UUID signalId, UUID feedbackId,
                           List<Violation> errors) {

    public enum Status {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    public SignalResult {
        errors = List.copyOf(errors);
    }

    static SignalResult rejected(int index, String externalId, List<Violation> errors) {
        return new SignalResult(index, externalId, Status.REJECTED, null, null, errors);
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }
}
