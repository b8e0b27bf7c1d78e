package org.opencem.analytics.web;

import java.util.List;

import org.opencem.actions.CaseSummary;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.journey.TouchpointRef;

/**
 * One touchpoint within the current unit: every metric with its change, the distribution of each
 * scored question, the weekly trend of the chosen metric with its interval, what customers said
 * (comments, topics) and the cases raised. {@code goal} is its owning department's goal, if set.
 */
public record TouchpointView(List<TouchpointRef> touchpoints, TouchpointRef touchpoint, MetricReport totals,
                             MetricReport trend, List<Distribution> distributions, List<FeedbackVoices.Comment> comments,
                             FeedbackVoices.Topics topics, List<CaseSummary> cases, GoalProgress goal) {

    /** Answers per scale point of one scored metric, coloured by what each point means. */
    public record Distribution(String metric, List<Integer> points, List<Long> counts, List<String> colours, long n) {
    }

    public MetricValue total(ViewMetric metric) {
        return totals == null ? null : totals.total().values().get(metric.code());
    }

    public List<ViewMetric> metrics() {
        return EngineReports.SHOWN;
    }

    public boolean hasTouchpoint() {
        return touchpoint != null;
    }
}
