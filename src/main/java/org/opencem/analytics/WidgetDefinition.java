package org.opencem.analytics;

import java.util.List;
import java.util.UUID;

/**
 * One widget of a dashboard: what it draws, its metric codes (the engine's: {@code nps},
 * {@code cx_index}, {@code rating.<key>}…), how breakdowns and tables split and order their rows,
 * and its own filter, which wins over the dashboard's where it says something. A blank title is
 * named from the kind and metrics when shown.
 */
public record WidgetDefinition(UUID id, WidgetKind kind, String title, List<String> metrics, GroupBy breakdown,
                               WidgetSort sort, DashboardFilter filter) {

    /** What a breakdown or table may be split by. */
    public static final List<GroupBy> BREAKDOWNS = List.of(GroupBy.CHILD_UNIT, GroupBy.TOUCHPOINT, GroupBy.CHANNEL,
            GroupBy.SOURCE);

    public WidgetDefinition {
        metrics = List.copyOf(metrics);
        breakdown = kind.brokenDown() ? (breakdown == null ? GroupBy.CHILD_UNIT : breakdown) : null;
        sort = sort == null ? WidgetSort.VALUE : sort;
        filter = filter == null ? DashboardFilter.NONE : filter;
        title = title == null || title.isBlank() ? null : title.trim();
    }

    public List<Metric> metricList() {
        return metrics.stream().map(Metric::parse).toList();
    }

    public Metric firstMetric() {
        return Metric.parse(metrics.get(0));
    }
}
