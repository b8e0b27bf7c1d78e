package org.opencem.platform.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON to print inside a page's {@code <script type="application/json">} block. Names in it come from
 * users (units, topics), and a {@code </script>} in one must not end the block: {@code <}, {@code >}
 * and {@code &} only occur inside JSON strings, where their unicode escapes mean the same.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String of(JsonMapper json, Object value) {
        return json.writeValueAsString(value)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
