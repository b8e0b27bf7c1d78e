package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;

import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;

/** The data each chart script draws, serialized by Jackson into the page beside its table. */
final class AnalyticsCharts {

    private AnalyticsCharts() {
    }

    /** Bars with their 95% interval, one per unit, greyed when a small sample. */
    record Bars(List<String> labels, List<Double> values, List<Double> low, List<Double> high,
                List<Boolean> small, List<Long> n, double min, double max) {
    }

    static Bars league(HierarchyView view, ViewMetric metric) {
        Bars bars = emptyBars(metric);
        for (HierarchyView.Row row : view.rows()) {
            add(bars, row.unit().name(), row.value(metric));
        }
        return bars;
    }

    static Bars emptyBars(ViewMetric metric) {
        return new Bars(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), metric.min(), metric.max());
    }

    static void add(Bars bars, String label, MetricValue value) {
        bars.labels().add(label);
        bars.values().add(value == null ? null : round(value.value()));
        bars.low().add(value == null ? null : round(value.low()));
        bars.high().add(value == null ? null : round(value.high()));
        bars.small().add(value == null || value.smallSample());
        bars.n().add(value == null ? 0 : value.n());
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    /** A weekly line with its 95% interval as a band, and n as bars. */
    record Trend(List<String> labels, List<Double> values, List<Double> low, List<Double> high,
                 List<Long> n, double min, double max) {
    }

    static Trend trend(MetricReport report, ViewMetric metric) {
        Trend trend = new Trend(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), metric.min(), metric.max());
        for (MetricRow row : report.rows()) {
            MetricValue value = row.values().get(metric.code());
            trend.labels().add(row.start() == null ? row.label() : row.start().toString());
            trend.values().add(value == null ? null : round(value.value()));
            trend.low().add(value == null ? null : round(value.low()));
            trend.high().add(value == null ? null : round(value.high()));
            trend.n().add(value == null ? 0 : value.n());
        }
        return trend;
    }

    /** Touchpoints placed by importance (% of R²) and performance (CSAT top-2-box), with the split lines. */
    record Quadrant(List<QuadrantPoint> points, double importanceSplit, double performanceSplit) {
    }

    record QuadrantPoint(String label, double importance, Double performance) {
    }

    static Quadrant quadrant(DriverView view) {
        return new Quadrant(view.drivers().stream().map(d -> new QuadrantPoint(d.touchpoint().name(),
                round(d.importance()), round(d.performance()))).toList(), round(view.importanceSplit()),
                round(view.performanceSplit()));
    }

    /** Grouped bars: one category per metric, one series per period. */
    record Grouped(List<String> labels, List<Series> series) {
    }

    record Series(String name, List<Double> values) {
    }

    static Grouped periods(CompareView view, java.util.function.Function<ViewMetric, String> names) {
        List<String> labels = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        for (ViewMetric metric : view.metrics()) {
            if (metric == ViewMetric.CES) {
                continue; // a 1–7 mean on the same axis as the 0–100 scores would be a flat line; it is in the table
            }
            MetricValue value = view.current(metric);
            labels.add(names.apply(metric));
            now.add(value == null ? null : round(value.value()));
            before.add(value == null || value.change() == null ? null : round(value.change().previous()));
        }
        return new Grouped(labels, List.of(new Series(view.periods().period().from() + " – "
                + view.periods().period().to(), now), new Series(view.periods().comparisonPeriod().from() + " – "
                + view.periods().comparisonPeriod().to(), before)));
    }

    static Bars segments(CompareView view, ViewMetric metric) {
        Bars bars = emptyBars(metric);
        view.segments().forEach(segment -> add(bars, segment.label(), segment.value(metric)));
        return bars;
    }
}
