package org.opencem.notify;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event for the tenant's channels subscribed to its type: signed webhooks get the JSON
 * payload ({@code id, type, time, tenant, title, text, link, data}), IM bots a message in their
 * own format made of title, text and link. Texts are resolved in the tenant's default language.
 *
 * @param idempotencyKey the caller's key for this event: each channel gets it once
 * @param link           the console page it is about, as a path ({@code "/cases/42"}), or null
 * @param data           structured data for webhook receivers (strings, numbers, booleans, lists, maps)
 */
public record ChannelEvent(UUID tenantId, String idempotencyKey, String eventType, NotificationText title,
                           NotificationText text, String link, Map<String, Object> data) {

    public ChannelEvent {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        data = data == null ? Map.of() : Map.copyOf(data);
        Checks.key(idempotencyKey);
        Checks.eventType(eventType);
    }
}
