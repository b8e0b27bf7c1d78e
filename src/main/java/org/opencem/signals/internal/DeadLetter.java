package org.opencem.signals.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.platform.Violation;

/**
 * A message from the signals topic that could not be taken in, and why: {@code reasons} as
 * message keys for the reader's language (empty for letters kept before they were recorded),
 * {@code reason} the raw detail in English.
 */
public record DeadLetter(UUID id, String topic, int partition, long offset, String payload, String reason,
                         List<Violation> reasons, OffsetDateTime receivedAt, int attempts) {

    public DeadLetter {
        reasons = List.copyOf(reasons);
    }
}
