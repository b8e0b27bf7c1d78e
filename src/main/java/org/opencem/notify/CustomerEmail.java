package org.opencem.notify;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An email to a customer (closing the loop): sent from the configured sender address.
 *
 * @param idempotencyKey the caller's key: the same key never sends a second email
 * @param to             the customer's address
 * @param locale         the customer's language, for message keys
 * @param body           plain text
 * @param replyTo        where the customer's answer should go (e.g. the case handler), or null
 * @param reference      what it is about, e.g. the case number {@code "C-42"}: sent as the
 *                       {@code X-OpenCEM-Reference} header and shown in the delivery log; or null
 */
public record CustomerEmail(UUID tenantId, String idempotencyKey, String to, Locale locale,
                            NotificationText subject, NotificationText body, String replyTo, String reference) {

    public CustomerEmail {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Checks.key(idempotencyKey);
        Checks.email(to, "to");
        if (replyTo != null) {
            Checks.email(replyTo, "replyTo");
        }
    }
}
