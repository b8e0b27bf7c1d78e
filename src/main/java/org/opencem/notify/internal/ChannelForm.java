package org.opencem.notify.internal;

import java.util.List;

import org.opencem.notify.DeliveryChannel;

/** What an admin enters for a channel, already checked by {@link ChannelRules}. */
public record ChannelForm(String name, DeliveryChannel kind, String url, String secret, List<String> eventTypes,
                          boolean enabled) {

    public ChannelForm {
        eventTypes = List.copyOf(eventTypes);
    }
}
