package org.opencem.notify;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery as the log shows it. */
public record Delivery(UUID id, UUID tenantId, DeliveryChannel channel, UUID channelId, String channelName,
                       String eventType, String recipient, String subject, String payload, String reference,
                       DeliveryStatus status, int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
                       OffsetDateTime lastAttemptAt, OffsetDateTime sentAt, String lastError, Integer httpStatus,
                       Integer durationMs) {
}
