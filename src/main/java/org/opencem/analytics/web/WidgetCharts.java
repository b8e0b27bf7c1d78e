package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.WidgetKind;

/** The data each widget chart draws: lines for trends, the analytics bars and quadrant for the rest. */
final class WidgetCharts {

    private WidgetCharts() {
    }

    /** One line per metric; the first metric's 95% interval as a band and its n as bars. */
    record Lines(List<String> labels, List<Line> series, List<Double> low, List<Double> high, List<Long> n) {
    }

    record Line(String name, List<Double> values) {
    }

    /** The chart data of a widget, or null when it draws no chart. */
    static Object of(WidgetData data, Function<String, String> metricNames) {
        if (!data.hasData()) {
            return null;
        }
        if (data.kind() == WidgetKind.TREND) {
            return lines(data, metricNames);
        }
        if (data.kind() == WidgetKind.BREAKDOWN) {
            return bars(data);
        }
        if (data.kind() == WidgetKind.DRIVERS) {
            return AnalyticsCharts.quadrant(data.drivers());
        }
        return null;
    }

    private static Lines lines(WidgetData data, Function<String, String> metricNames) {
        Lines lines = new Lines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        data.metrics().forEach(code -> lines.series().add(new Line(metricNames.apply(code), new ArrayList<>())));
        String first = data.metrics().get(0);
        for (MetricRow row : data.rows()) {
            lines.labels().add(row.start() == null ? row.label() : row.start().toString());
            for (int i = 0; i < data.metrics().size(); i++) {
                MetricValue value = row.values().get(data.metrics().get(i));
                lines.series().get(i).values().add(value == null ? null : AnalyticsCharts.round(value.value()));
            }
            MetricValue value = row.values().get(first);
            lines.low().add(value == null ? null : AnalyticsCharts.round(value.low()));
            lines.high().add(value == null ? null : AnalyticsCharts.round(value.high()));
            lines.n().add(value == null ? 0 : value.n());
        }
        return lines;
    }

    /** The first metric per row; the axis is the metric's scale when it has one, else from zero to the largest value. */
    private static AnalyticsCharts.Bars bars(WidgetData data) {
        String code = data.metrics().get(0);
        double max = data.rows().stream().map(r -> r.values().get(code)).filter(v -> v != null && v.value() != null)
                .mapToDouble(MetricValue::value).max().orElse(1);
        AnalyticsCharts.Bars bars = ViewMetric.parse(code).map(AnalyticsCharts::emptyBars)
                .orElseGet(() -> new AnalyticsCharts.Bars(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0, Math.ceil(max * 1.1)));
        data.rows().forEach(row -> AnalyticsCharts.add(bars, WidgetData.shortLabel(row), row.values().get(code)));
        return bars;
    }
}
