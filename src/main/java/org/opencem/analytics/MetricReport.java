package org.opencem.analytics;

import java.util.List;

/**
 * The answer to a {@link MetricQuery}: the unit looked at (null for "everything the caller sees"),
 * the period and the comparison period (null without comparison), the total and the rows of the
 * grouping. {@code basis} says where the figures came from: the rollups, or the feedback records
 * themselves when a customer segment is asked for (rollups do not keep attributes).
 */
public record MetricReport(UnitRef unit, DateRange period, DateRange comparisonPeriod, GroupBy groupBy,
                           List<String> metrics, int minSample, MetricRow total, List<MetricRow> rows, Basis basis) {

    public enum Basis {
        ROLLUPS, RECORDS
    }

    public MetricReport {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
    }
}
