package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;

import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;

/** The rows of each view's CSV download: the same figures as its chart and table, with n and intervals. */
final class AnalyticsCsv {

    private AnalyticsCsv() {
    }

    static List<List<Object>> league(HierarchyView view) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of("unit_code", "unit_name"));
        for (ViewMetric metric : view.metrics()) {
            String code = metric.code();
            head.addAll(List.of(code, code + "_n", code + "_low", code + "_high", code + "_small_sample",
                    code + "_previous", code + "_change", code + "_significant"));
        }
        head.add("responses");
        rows.add(head);
        for (HierarchyView.Row row : view.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.unit().code(), row.unit().name()));
            for (ViewMetric metric : view.metrics()) {
                line.addAll(valueCells(row.value(metric)));
            }
            MetricValue responses = row.values().values().get("responses");
            line.add(responses == null || responses.value() == null ? 0 : responses.value().longValue());
            rows.add(line);
        }
        return rows;
    }

    /** value, n, low, high, small sample, previous, change, significant. */
    static List<Object> valueCells(MetricValue value) {
        List<Object> cells = new ArrayList<>();
        if (value == null) {
            cells.addAll(java.util.Collections.nCopies(8, null));
            return cells;
        }
        cells.add(value.value());
        cells.add(value.n());
        cells.add(value.low());
        cells.add(value.high());
        cells.add(value.smallSample());
        MetricValue.Change change = value.change();
        cells.add(change == null ? null : change.previous());
        cells.add(change == null ? null : change.delta());
        cells.add(change == null ? null : change.significant());
        return cells;
    }

    static List<List<Object>> heatmap(JourneyHeatmap heatmap) {
        List<List<Object>> rows = new ArrayList<>();
        String metric = heatmap.metric().code();
        rows.add(List.of("unit_code", "unit_name", "stage", "touchpoint", metric, metric + "_n", metric + "_small_sample",
                "net_sentiment", "net_sentiment_n"));
        if (!heatmap.hasJourney()) {
            return rows;
        }
        for (JourneyHeatmap.Row row : heatmap.rows()) {
            for (var stage : heatmap.map().stages()) {
                for (var card : stage.touchpoints()) {
                    JourneyHeatmap.Cell cell = row.cell(card.id());
                    MetricValue value = cell == null ? null : cell.value();
                    MetricValue sentiment = cell == null ? null : cell.sentiment();
                    rows.add(java.util.Arrays.asList(row.unit().code(), row.unit().name(), stage.stage().name(),
                            card.touchpoint().name(), value == null ? null : value.value(), value == null ? 0 : value.n(),
                            value == null || value.smallSample(), sentiment == null ? null : sentiment.value(),
                            sentiment == null ? 0 : sentiment.n()));
                }
            }
        }
        return rows;
    }

    static List<List<Object>> trend(MetricReport report, ViewMetric metric) {
        List<List<Object>> rows = new ArrayList<>();
        String code = metric.code();
        rows.add(List.of("week", code, code + "_n", code + "_low", code + "_high", code + "_small_sample"));
        if (report == null) {
            return rows;
        }
        for (MetricRow row : report.rows()) {
            MetricValue value = row.values().get(code);
            rows.add(java.util.Arrays.asList(row.start() == null ? row.label() : row.start(),
                    value == null ? null : value.value(), value == null ? 0 : value.n(), value == null ? null : value.low(),
                    value == null ? null : value.high(), value == null || value.smallSample()));
        }
        return rows;
    }

    static List<List<Object>> distributions(List<TouchpointView.Distribution> distributions) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("metric", "answer", "count", "share_pct"));
        for (TouchpointView.Distribution d : distributions) {
            for (int i = 0; i < d.points().size(); i++) {
                rows.add(List.of(d.metric(), d.points().get(i), d.counts().get(i),
                        d.n() == 0 ? 0.0 : 100.0 * d.counts().get(i) / d.n()));
            }
        }
        return rows;
    }

    static List<List<Object>> drivers(DriverView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("touchpoint", "stage", "importance_pct", "csat_top2_pct", "csat_n", "quadrant", "basis",
                "observations", "r_squared"));
        for (DriverView.Driver d : view.drivers()) {
            rows.add(java.util.Arrays.asList(d.touchpoint().name(), d.touchpoint().stageName(), d.importance(),
                    d.performance(), d.performanceN(), d.quadrant().name(), view.basis().name(), view.observations(),
                    view.rSquared()));
        }
        return rows;
    }

    static List<List<Object>> periods(CompareView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("metric", "period_from", "period_to", "value", "n", "previous_from", "previous_to", "previous",
                "previous_n", "change", "test", "p_value", "significant"));
        for (ViewMetric metric : view.metrics()) {
            MetricValue value = view.current(metric);
            MetricValue.Change change = value == null ? null : value.change();
            rows.add(java.util.Arrays.asList(metric.code(), view.periods().period().from(), view.periods().period().to(),
                    value == null ? null : value.value(), value == null ? 0 : value.n(),
                    view.periods().comparisonPeriod().from(), view.periods().comparisonPeriod().to(),
                    change == null ? null : change.previous(), change == null ? 0 : change.previousN(),
                    change == null ? null : change.delta(), change == null ? null : change.test(),
                    change == null ? null : change.pValue(), change != null && change.significant()));
        }
        return rows;
    }

    static List<List<Object>> segments(CompareView view) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of("segment_by", "segment"));
        for (ViewMetric metric : view.metrics()) {
            head.addAll(List.of(metric.code(), metric.code() + "_n", metric.code() + "_low", metric.code() + "_high"));
        }
        rows.add(head);
        for (CompareView.Segment segment : view.segments()) {
            List<Object> line = new ArrayList<>(List.of(view.segmentBy(), segment.label()));
            for (ViewMetric metric : view.metrics()) {
                MetricValue value = segment.value(metric);
                line.addAll(java.util.Arrays.asList(value == null ? null : value.value(), value == null ? 0 : value.n(),
                        value == null ? null : value.low(), value == null ? null : value.high()));
            }
            rows.add(line);
        }
        return rows;
    }
}
