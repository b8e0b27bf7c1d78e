package org.opencem.feedback;

import java.util.Map;

import org.opencem.textanalytics.TextInsight;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of a feedback record (its attributes and its text insight) and of a superseded version. */
final class FeedbackJson {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    /** A stored version also holds derived properties ("detractor"), which are not read back. */
    private static final JsonMapper VERSIONS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private FeedbackJson() {
    }

    static String version(FeedbackRecord record) {
        return VERSIONS.writeValueAsString(record);
    }

    static FeedbackRecord version(String json) {
        return VERSIONS.readValue(json, FeedbackRecord.class);
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
