package org.opencem.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a dashboard widget draws; each reads its figures through the metrics engine. */
public enum WidgetKind {
    /** The headline of each metric with n, interval, change and goal. */
    KPI,
    /** Each metric week by week (day by day over a fortnight or less). */
    TREND,
    /** The first metric per child unit, touchpoint, channel or source, as bars. */
    BREAKDOWN,
    /** The first metric of each child unit at each touchpoint. */
    HEATMAP,
    /** Every metric per child unit, touchpoint, channel or source, with its change. */
    TABLE,
    /** The newest comments with their sentiment. */
    COMMENTS,
    /** Key drivers of NPS: importance against performance. */
    DRIVERS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "dashboards.kind." + code();
    }

    /** Whether the widget splits its figures by {@link WidgetDefinition#breakdown()}. */
    public boolean brokenDown() {
        return this == BREAKDOWN || this == TABLE;
    }

    public static Optional<WidgetKind> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(WidgetKind::code).toList());
    }
}
