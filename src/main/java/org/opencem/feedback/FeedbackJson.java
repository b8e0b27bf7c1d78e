package org.opencem.feedback;

import java.util.Map;

import org.opencem.textanalytics.TextInsight;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of a feedback record: its attributes and its text insight. */
final class FeedbackJson {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private FeedbackJson() {
    }

    static Map<String, String> attributes(String json) {
        return json == null ? Map.of() : JsonMapper.shared().readValue(json, ATTRIBUTES);
    }

    static TextInsight insight(String json) {
        return json == null ? null : JsonMapper.shared().readValue(json, TextInsight.class);
    }

    static String write(Object value) {
        if (value == null || value instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return JsonMapper.shared().writeValueAsString(value);
    }
}
