package org.opencem.notify.internal;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's HTTP SMS gateway. The body template is JSON in which {@code {{phone}}} and
 * {@code {{text}}} stand inside string values; they are replaced JSON-escaped.
 */
public record SmsGateway(String url, String authHeader, String authValue, String bodyTemplate, boolean enabled) {

    public static final String DEFAULT_TEMPLATE = "{\"to\": \"{{phone}}\", \"content\": \"{{text}}\"}";

    public String body(String phone, String text) {
        return bodyTemplate.replace("{{phone}}", escaped(phone)).replace("{{text}}", escaped(text));
    }

    public boolean hasAuth() {
        return authHeader != null && !authHeader.isBlank();
    }

    private static String escaped(String value) {
        String quoted = JsonMapper.shared().writeValueAsString(value);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Whether the template gives valid JSON once filled in. */
    public static boolean validTemplate(String template) {
        try {
            JsonMapper.shared().readValue(new SmsGateway("", null, null, template, true).body("+8613800000000", "\"test\""),
                    Map.class);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
