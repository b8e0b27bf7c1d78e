package org.opencem.notify.internal;

import java.util.UUID;

import org.opencem.notify.DeliveryChannel;

/** A delivery to queue: {@code (tenantId, idempotencyKey, target)} is sent at most once. */
public record DeliveryRow(UUID tenantId, String idempotencyKey, String target, DeliveryChannel channel, UUID channelId,
                          UUID userId, String eventType, String recipient, String subject, String payload,
                          String reference) {
}
