package org.opencem.notify.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.EventTypes;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;

/** What makes a channel or SMS gateway setting acceptable, for the settings page and the API alike. */
public final class ChannelRules {

    private static final int NAME_MAX = 200;
    private static final int URL_MAX = 2000;
    private static final int SECRET_MAX = 500;

    private ChannelRules() {
    }

    /**
     * Checks what was entered and returns the channel to save. A new webhook without a secret gets
     * one, since receivers need it to check the signature; {@code creating} tells a new channel from an edit.
     */
    public static ChannelForm checked(String name, String kind, String url, String secret, List<String> eventTypes,
                                      boolean enabled, boolean creating) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(Violation.of("name", "common.required"));
        } else if (name.trim().length() > NAME_MAX) {
            violations.add(Violation.of("name", "common.tooLong", NAME_MAX));
        }
        DeliveryChannel parsedKind = parseKind(kind);
        if (parsedKind == null) {
            violations.add(Violation.of("kind", "notify.error.kind"));
        }
        checkUrl("url", url, violations);
        if (secret != null && secret.trim().length() > SECRET_MAX) {
            violations.add(Violation.of("secret", "common.tooLong", SECRET_MAX));
        }
        List<String> types = eventTypes == null ? List.of() : eventTypes.stream().map(String::trim)
                .filter(t -> !t.isEmpty()).distinct().toList();
        if (types.isEmpty()) {
            violations.add(Violation.of("eventTypes", "notify.error.eventTypes"));
        } else if (types.stream().anyMatch(t -> !Channel.ALL_EVENTS.equals(t) && !EventTypes.isValid(t))) {
            violations.add(Violation.of("eventTypes", "notify.error.eventType"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String storedSecret = secret == null || secret.isBlank() ? null : secret.trim();
        if (creating && storedSecret == null && parsedKind == DeliveryChannel.WEBHOOK) {
            storedSecret = "whsec_" + Ids.newToken(32);
        }
        return new ChannelForm(name.trim(), parsedKind, url.trim(),
                storedSecret, types.contains(Channel.ALL_EVENTS) ? List.of(Channel.ALL_EVENTS) : types, enabled);
    }

    /** Checks the SMS gateway settings and returns them to save. */
    public static SmsGateway checkedGateway(String url, String authHeader, String authValue, String bodyTemplate,
                                            boolean enabled) {
        List<Violation> violations = new ArrayList<>();
        checkUrl("url", url, violations);
        if (authHeader != null && !authHeader.isBlank() && !authHeader.trim().matches("[A-Za-z0-9-]{1,100}")) {
            violations.add(Violation.of("authHeader", "notify.error.header"));
        }
        if (authValue != null && authValue.length() > 1000) {
            violations.add(Violation.of("authValue", "common.tooLong", 1000));
        }
        if (bodyTemplate == null || bodyTemplate.isBlank()) {
            violations.add(Violation.of("bodyTemplate", "common.required"));
        } else if (bodyTemplate.length() > 4000) {
            violations.add(Violation.of("bodyTemplate", "common.tooLong", 4000));
        } else if (!bodyTemplate.contains("{{phone}}") || !bodyTemplate.contains("{{text}}")
                || !SmsGateway.validTemplate(bodyTemplate)) {
            violations.add(Violation.of("bodyTemplate", "notify.error.template"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String header = authHeader == null || authHeader.isBlank() ? null : authHeader.trim();
        return new SmsGateway(url.trim(), header, authValue, bodyTemplate.trim(), enabled);
    }

    private static void checkUrl(String field, String url, List<Violation> violations) {
        if (url == null || url.isBlank()) {
            violations.add(Violation.of(field, "common.required"));
            return;
        }
        if (url.trim().length() > URL_MAX) {
            violations.add(Violation.of(field, "common.tooLong", URL_MAX));
            return;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                violations.add(Violation.of(field, "notify.error.url"));
            }
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(field, "notify.error.url"));
        }
    }

    private static DeliveryChannel parseKind(String kind) {
        try {
            DeliveryChannel parsed = kind == null ? null : DeliveryChannel.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
            return parsed != null && parsed.isConfigurable() ? parsed : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
