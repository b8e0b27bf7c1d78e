package org.opencem.notify;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A text message to a customer through the tenant's SMS gateway. While the tenant has no enabled
 * gateway it waits in the delivery log, and goes out once one is set up.
 *
 * @param idempotencyKey the caller's key: the same key never sends a second SMS
 * @param phone          the customer's number, digits with an optional leading {@code +}
 * @param reference      what it is about, e.g. the case number, shown in the delivery log; or null
 */
public record CustomerSms(UUID tenantId, String idempotencyKey, String phone, Locale locale,
                          NotificationText text, String reference) {

    public CustomerSms {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(text, "text");
        Checks.key(idempotencyKey);
        Checks.phone(phone);
    }
}
