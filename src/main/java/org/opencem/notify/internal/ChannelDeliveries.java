package org.opencem.notify.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencem.notify.EventTypes;
import org.opencem.notify.NotificationText;
import org.opencem.organization.Tenant;
import org.opencem.platform.Ids;
import org.springframework.stereotype.Component;

/** Queues one event for some of a tenant's channels, each in its own format, in the tenant's language. */
@Component
public class ChannelDeliveries {

    private final DeliveryLog log;
    private final Texts texts;
    private final ConsoleLinks links;
    private final Clock clock;

    ChannelDeliveries(DeliveryLog log, Texts texts, ConsoleLinks links, Clock clock) {
        this.log = log;
        this.texts = texts;
        this.links = links;
        this.clock = clock;
    }

    /** Returns the delivery ids, one per channel, in the channels' order. */
    public List<UUID> queue(Tenant tenant, List<Channel> channels, String idempotencyKey, String eventType,
                            NotificationText title, NotificationText text, String link, Map<String, Object> data) {
        Locale locale = tenant.defaultLocale();
        String resolvedTitle = texts.resolve(title, locale);
        String resolvedText = texts.resolve(text, locale);
        String absoluteLink = links.absolute(link);
        var content = new ChannelMessages.Content(resolvedTitle, resolvedText, absoluteLink,
                texts.resolve(NotificationText.of("notify.im.open"), locale));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", Ids.newId().toString());
        envelope.put("type", eventType);
        envelope.put("time", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
        envelope.put("tenant", Map.of("id", tenant.id().toString(), "code", tenant.code()));
        envelope.put("title", resolvedTitle);
        envelope.put("text", resolvedText);
        envelope.put("link", absoluteLink);
        envelope.put("data", data);
        return channels.stream().map(channel -> log.insert(new DeliveryRow(tenant.id(), idempotencyKey,
                "channel:" + channel.id(), channel.kind(), channel.id(), null, eventType, channel.name(), resolvedTitle,
                ChannelMessages.body(channel.kind(), content, envelope), null))).toList();
    }

    /** The "send test message" button: one delivery to the channel, even while it is disabled. */
    public UUID queueTest(Tenant tenant, Channel channel) {
        return queue(tenant, List.of(channel), "test-" + Ids.newId(), EventTypes.TEST,
                NotificationText.of("notify.test.title"), NotificationText.of("notify.test.text", channel.name()),
                "/settings/notifications", Map.of("test", true)).get(0);
    }
}
