package org.opencem.analytics.web;

import java.util.List;
import java.util.Map;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;

/**
 * Two comparisons of the current unit: this period against an earlier one (every metric with the
 * test behind its significance), and segments side by side (channel, source, or the values of a
 * customer attribute), each with its interval and n.
 */
public record CompareView(Comparison comparison, MetricReport periods, String segmentBy,
                          Map<String, List<String>> attributes, List<Segment> segments) {

    public record Segment(String label, Map<String, MetricValue> values) {

        public MetricValue value(ViewMetric metric) {
            return values.get(metric.code());
        }
    }

    public MetricValue current(ViewMetric metric) {
        return periods.total().values().get(metric.code());
    }

    public List<ViewMetric> metrics() {
        return EngineReports.SHOWN;
    }
}
