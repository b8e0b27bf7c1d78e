package org.opencem.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a breakdown or table orders its rows: best first, biggest change first (movers), or by name. */
public enum WidgetSort {
    VALUE, CHANGE, NAME;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WidgetSort> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
