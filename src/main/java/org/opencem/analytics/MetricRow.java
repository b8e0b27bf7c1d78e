package org.opencem.analytics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One slice of a report: the total, a child unit, a touchpoint, a day, week or month, a channel,
 * a source or a touchpoint's week. {@code key} identifies it (a unit or touchpoint id, the first day
 * of the bucket, the channel…); {@code label} is what a person reads; {@code unit} is set for child
 * units and {@code start} for time buckets (a touchpoint's week has its touchpoint's key).
 * {@code values} are keyed by metric code, in the query's order.
 */
public record MetricRow(String key, String label, UnitRef unit, LocalDate start, Map<String, MetricValue> values) {

    public MetricRow {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public MetricValue value(Metric metric) {
        return values.get(metric.code());
    }

    public List<MetricValue> valueList() {
        return List.copyOf(values.values());
    }
}
