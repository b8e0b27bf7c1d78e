package org.opencem.analytics.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rating answers a feedback record carries as attributes {@code "rating.<questionKey>" → "4"}.
 * Only whole numbers count as ratings; anything else under that prefix is not a valid answer.
 */
final class RatingAttributes {

    static final String PREFIX = "rating.";
    /** What a stored attributes JSON contains when it holds at least one rating. */
    static final String LIKE = "%\"" + PREFIX + "%";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,4}");
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private RatingAttributes() {
    }

    static Map<String, Integer> fromJson(String json) {
        return json == null ? Map.of() : of(JsonMapper.shared().readValue(json, ATTRIBUTES));
    }

    static Map<String, Integer> of(Map<String, String> attributes) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        attributes.forEach((name, answer) -> {
            if (name.startsWith(PREFIX) && answer != null) {
                String question = name.substring(PREFIX.length());
                String trimmed = answer.trim();
                if (KEY.matcher(question).matches() && WHOLE.matcher(trimmed).matches()) {
                    ratings.put(question, Integer.parseInt(trimmed));
                }
            }
        });
        return ratings;
    }
}
