package org.opencem.notify.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.notify.DeliveryChannel;

/** A webhook or IM group bot of a tenant; {@code eventTypes} holds {@code "*"} for every type. */
public record Channel(UUID tenantId, UUID id, String name, DeliveryChannel kind, String url, String secret,
                      List<String> eventTypes, boolean enabled, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final String ALL_EVENTS = "*";

    public boolean receivesAll() {
        return eventTypes.contains(ALL_EVENTS);
    }

    public boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }
}
