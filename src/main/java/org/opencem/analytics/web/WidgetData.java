package org.opencem.analytics.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.analytics.DateRange;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.UnitRef;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.WidgetKind;
import org.opencem.analytics.internal.FeedbackVoices;

/**
 * The figures of one widget for one viewer, as its fragment draws them and the API returns them.
 * {@code unit} is the unit looked at (null: the viewer's whole scope); {@code outOfScope} says the
 * widget names a unit the viewer cannot see, so it shows nothing. Only the part of the widget's
 * kind is filled: {@code tiles} (KPI), {@code rows} (trend buckets, breakdown and table rows, in the
 * order shown), {@code heatmap}, {@code comments} or {@code drivers}.
 */
public record WidgetData(UUID widgetId, WidgetKind kind, String title, List<String> metrics, GroupBy breakdown,
                         boolean outOfScope, UnitRef unit, DateRange period, DateRange comparisonPeriod, int minSample,
                         List<Tile> tiles, List<MetricRow> rows, Heatmap heatmap,
                         List<FeedbackVoices.Comment> comments, DriverView drivers) {

    /** One metric's headline, with the goal of the unit for it when one is set. */
    public record Tile(String metric, MetricValue value, GoalProgress goal) {
    }

    /** Units (the unit's total first, then its children) against touchpoints, each cell the first metric. */
    public record Heatmap(List<Column> columns, List<Row> rows) {

        public record Column(UUID touchpointId, String name, String stage) {
        }

        public record Row(UnitRef unit, boolean total, Map<String, MetricValue> cells) {

            public MetricValue cell(UUID touchpointId) {
                return cells.get(touchpointId.toString());
            }
        }
    }

    public boolean hasData() {
        if (outOfScope) {
            return false;
        }
        return switch (kind) {
            case KPI -> tiles.stream().anyMatch(t -> t.value() != null && t.value().n() > 0);
            case TREND, BREAKDOWN, TABLE -> rows.stream().anyMatch(r -> r.values().values().stream().anyMatch(v -> v.n() > 0));
            case HEATMAP -> heatmap != null && heatmap.rows().stream()
                    .anyMatch(r -> r.cells().values().stream().anyMatch(v -> v.n() > 0));
            case COMMENTS -> !comments.isEmpty();
            case DRIVERS -> drivers != null && drivers.enoughData();
        };
    }

    /** A touchpoint by its own name: the engine labels it "journey › stage › touchpoint", too long beside a bar. */
    public static String shortLabel(MetricRow row) {
        String label = row.label() == null ? row.key() : row.label();
        int last = label.lastIndexOf(" › ");
        return last < 0 ? label : label.substring(last + " › ".length());
    }

    /** Means (CSAT and CES means, rating questions) get two decimals, counts none, scores one. */
    public static int decimals(String metric) {
        if (metric.equals("responses")) {
            return 0;
        }
        return metric.equals("ces") || metric.endsWith("_mean") || metric.startsWith("rating.") ? 2 : 1;
    }

    /** good / mid / bad for metrics with a meaning of good; none for the rest. */
    public static String band(String metric, MetricValue value) {
        if (value == null || value.value() == null || value.smallSample()) {
            return "none";
        }
        return ViewMetric.parse(metric).map(m -> m.band(value.value())).orElse("none");
    }
}
