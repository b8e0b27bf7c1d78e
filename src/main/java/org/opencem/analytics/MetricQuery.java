package org.opencem.analytics;

import java.util.List;
import java.util.UUID;

/**
 * What a view asks for: some metrics of a unit's subtree (or of everything the caller sees, when
 * {@code unitId} is null) over a period, split by {@code groupBy}, compared with another period.
 */
public record MetricQuery(UUID unitId, DateRange period, Comparison comparison, GroupBy groupBy,
                          List<Metric> metrics, MetricFilter filter) {

    public MetricQuery {
        if (period == null) {
            throw org.opencem.platform.InvalidInputException.of("from", "metrics.error.periodMissing");
        }
        comparison = comparison == null ? Comparison.NONE : comparison;
        groupBy = groupBy == null ? GroupBy.NONE : groupBy;
        metrics = metrics == null || metrics.isEmpty() ? List.of(Metric.NPS) : List.copyOf(metrics);
        filter = filter == null ? MetricFilter.NONE : filter;
    }

    /** The total of some metrics for a unit over a period, compared with the period before. */
    public static MetricQuery total(UUID unitId, DateRange period, List<Metric> metrics) {
        return new MetricQuery(unitId, period, Comparison.PREVIOUS_PERIOD, GroupBy.NONE, metrics, MetricFilter.NONE);
    }

    public MetricQuery groupedBy(GroupBy grouping) {
        return new MetricQuery(unitId, period, comparison, grouping, metrics, filter);
    }

    public MetricQuery comparedWith(Comparison other) {
        return new MetricQuery(unitId, period, other, groupBy, metrics, filter);
    }

    public MetricQuery filteredBy(MetricFilter narrower) {
        return new MetricQuery(unitId, period, comparison, groupBy, metrics, narrower);
    }
}
