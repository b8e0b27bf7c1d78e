package org.opencem.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One digest of one subscription for one period: sent (its email queued, {@code deliveryId} tells
 * what became of it), or not sent because the recipient has left or turned digest emails off
 * ({@code detail} says which).
 * A manual run ("send now") has {@code manual} set.
 */
public record DigestRun(UUID id, UUID subscriptionId, UUID userId, String userName, LocalDate periodFrom,
                        LocalDate periodTo, Status status, String detail, UUID deliveryId, OffsetDateTime ranAt,
                        boolean manual) {

    public enum Status {
        SENT,
        /** The recipient was deactivated or deleted, has no address, or their scope no longer exists. */
        RECIPIENT_LEFT,
        /** The recipient turned digest emails off on their notifications page; their choice wins over the subscription. */
        EMAIL_OFF;

        public String messageKey() {
            return "analytics.digest.status." + name();
        }
    }
}
