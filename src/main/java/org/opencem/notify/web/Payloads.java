package org.opencem.notify.web;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Shows a stored payload indented, as an admin reads it in the delivery log. */
final class Payloads {

    private static final JsonMapper INDENTING = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Payloads() {
    }

    static String pretty(String json) {
        try {
            return INDENTING.writeValueAsString(INDENTING.readTree(json));
        } catch (RuntimeException e) {
            return json;
        }
    }
}
