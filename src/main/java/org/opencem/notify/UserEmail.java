package org.opencem.notify;

import java.util.Objects;
import java.util.UUID;

/**
 * An email to one console user, written by the caller in the user's language: a report or digest,
 * with a plain-text body and optionally an HTML alternative. Not shown in the bell.
 *
 * @param idempotencyKey the caller's key: the same key never sends a second email
 * @param text           the plain-text part, for mail readers without HTML
 * @param html           the HTML part, or null for a plain-text email
 */
public record UserEmail(UUID tenantId, String idempotencyKey, String eventType, UUID userId, String subject,
                        String text, String html) {

    public UserEmail {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Checks.key(idempotencyKey);
        Checks.eventType(eventType);
    }
}
