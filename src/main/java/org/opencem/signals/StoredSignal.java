package org.opencem.signals;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.opencem.feedback.FeedbackSource;

/** A signal as stored: what it was mapped to, its feedback text and the original as it came in. */
public record StoredSignal(UUID id, FeedbackSource source, String externalId, UUID orgUnitId, String storeCode,
                           String storeName, UUID touchpointId, String customerId, OffsetDateTime occurredAt,
                           Integer rating, String title, String author, String text, String original) {
}
