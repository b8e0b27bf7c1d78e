package org.opencem.analytics.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.ViewMetric;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/** The views' one door to the metrics engine: every figure on an analytics page comes through here. */
@Component
class EngineReports {

    /** What the league table and the comparisons show, in this order. */
    static final List<ViewMetric> SHOWN = List.of(ViewMetric.CX_INDEX, ViewMetric.NPS, ViewMetric.CSAT, ViewMetric.CES,
            ViewMetric.NET_SENTIMENT);

    private final MetricQueries engine;

    EngineReports(MetricQueries engine) {
        this.engine = engine;
    }

    MetricReport report(Scope scope, MetricQuery query) {
        return engine.report(scope, query);
    }

    /** The query for each unit's subtree, in one read: a heatmap's rows, a table of stores by week. */
    Map<UUID, MetricReport> reportPerUnit(Scope scope, MetricQuery query, List<UUID> unitIds) {
        return engine.reportPerUnit(scope, query, unitIds);
    }

    MetricReport report(Scope scope, AnalyticsFilter filter, Comparison comparison, GroupBy groupBy,
                        List<Metric> metrics, MetricFilter narrower) {
        return report(scope, new MetricQuery(filter.unit(), DateRange.of(filter.from(), filter.to()), comparison, groupBy,
                metrics, narrower));
    }

    static Metric metric(ViewMetric metric) {
        return Metric.parse(metric.code());
    }

    static List<Metric> shownMetrics() {
        List<Metric> metrics = new java.util.ArrayList<>(SHOWN.stream().map(EngineReports::metric).toList());
        metrics.add(Metric.RESPONSES);
        return metrics;
    }
}
