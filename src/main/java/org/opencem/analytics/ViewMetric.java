package org.opencem.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metrics the analytics views show and goals are set on, with their scales: a view or goal
 * names one by the metrics engine's code ("nps", "cx_index"), and the scale bounds what a target may be and where
 * progress towards it starts. Higher is better for each of them (CES 2.0 asks "made it easy").
 */
public enum ViewMetric {
    CX_INDEX(0, 100, 70, 55),
    NPS(-100, 100, 30, 0),
    CSAT(0, 100, 80, 60),
    CES(1, 7, 5, 4),
    NET_SENTIMENT(-100, 100, 20, -10);

    private final double min;
    private final double max;
    private final double good;
    private final double poor;

    ViewMetric(double min, double max, double good, double poor) {
        this.min = min;
        this.max = max;
        this.good = good;
        this.poor = poor;
    }

    /**
     * "good", "mid" or "bad" for a value, the same green / amber / red meaning everywhere; the
     * bounds are common rules of thumb (NPS above 30 is good, below 0 more detractors than promoters).
     */
    public String band(Double value) {
        if (value == null) {
            return "none";
        }
        return value >= good ? "good" : value < poor ? "bad" : "mid";
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "analytics.metric." + code();
    }

    /** CES is a mean on 1–7 and shown with two decimals; the others are points or percentages. */
    public int decimals() {
        return this == CES ? 2 : 1;
    }

    public static Optional<ViewMetric> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(m -> m.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ViewMetric::code).toList());
    }
}
