package org.opencem.signals.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A message from the signals topic that could not be taken in, and why. */
public record DeadLetter(UUID id, String topic, int partition, long offset, String payload, String reason,
                         OffsetDateTime receivedAt, int attempts) {
}
