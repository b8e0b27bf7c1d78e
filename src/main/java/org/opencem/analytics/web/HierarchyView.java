package org.opencem.analytics.web;

import java.util.List;
import java.util.Map;

import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.UnitRef;
import org.opencem.analytics.ViewMetric;

/**
 * The league table of a unit's children: every metric with n, its change against the previous
 * period, the goal beside it; sorted by {@code sort}; and the spread of the ranking metric.
 */
public record HierarchyView(MetricReport report, List<Row> rows, String sort, boolean descending, Spread spread,
                     Map<ViewMetric, GoalProgress> totalGoals) {

    public record Row(UnitRef unit, boolean drillable, MetricRow values, Map<ViewMetric, GoalProgress> goals, String rank) {

        public MetricValue value(ViewMetric metric) {
            return values.values().get(metric.code());
        }
    }

    /** Best and worst of the ranking metric among rows that are not small samples. */
    public record Spread(ViewMetric metric, Row best, Row worst, Double min, Double max, int ranked, int smallSamples) {

        public Double range() {
            return min == null ? null : max - min;
        }
    }

    public MetricValue total(ViewMetric metric) {
        return report.total().values().get(metric.code());
    }

    public List<ViewMetric> metrics() {
        return EngineReports.SHOWN;
    }
}
