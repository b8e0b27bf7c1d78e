package org.opencem.analytics.internal;

import java.util.List;

import org.opencem.analytics.DateRange;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.UnitRef;
import org.opencem.analytics.ViewMetric;

/**
 * One unit's period at a glance, what a PDF report and an email digest show: each headline metric
 * with n, its change against the previous period and its goal; the weekly NPS trend; the children
 * side by side; the weakest touchpoints; and the topics most often mentioned negatively.
 * {@code unit} is null for "all the caller's units" when they have several.
 */
public record UnitReport(UnitRef unit, DateRange period, DateRange previous, int minSample, List<Kpi> kpis,
                         List<MetricRow> trend, List<MetricRow> children, List<MetricRow> worstTouchpoints,
                         List<NegativeTopic> negativeTopics, long responses) {

    /** A headline metric with its value (change included) and its goal over the period, if one is set. */
    public record Kpi(ViewMetric metric, MetricValue value, GoalProgress goal) {

        public boolean hasValue() {
            return value != null && value.value() != null;
        }
    }

    public record NegativeTopic(String code, String name, int mentions, int negative) {
    }

    public Kpi kpi(ViewMetric metric) {
        return kpis.stream().filter(k -> k.metric() == metric).findFirst().orElse(null);
    }
}
