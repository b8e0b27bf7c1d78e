package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/** Builds the touchpoint detail from two engine reports (totals with distributions, weekly trend) and the comments. */
@Component
class TouchpointViews {

    static final int COMMENTS = 20;
    static final int TOPICS = 15;
    static final int CASES = 10;

    private final EngineReports reports;
    private final Journeys journeys;
    private final FeedbackVoices voices;
    private final DepartmentGoals departmentGoals;

    TouchpointViews(EngineReports reports, Journeys journeys, FeedbackVoices voices, DepartmentGoals departmentGoals) {
        this.reports = reports;
        this.journeys = journeys;
        this.voices = voices;
        this.departmentGoals = departmentGoals;
    }

    TouchpointView build(Scope scope, ViewContext ctx, String touchpointParam) {
        List<TouchpointRef> all = journeys.touchpoints(scope.tenantId());
        TouchpointRef touchpoint = pick(all, touchpointParam);
        if (touchpoint == null) {
            return new TouchpointView(all, null, null, null, List.of(), List.of(), FeedbackVoices.Topics.NONE, List.of(), null);
        }
        AnalyticsFilter filter = ctx.filter();
        MetricFilter only = MetricFilter.touchpoints(Set.of(touchpoint.id()));
        MetricReport totals = reports.report(scope, filter, Comparison.PREVIOUS_PERIOD, GroupBy.NONE,
                EngineReports.shownMetrics(), only);
        MetricReport trend = reports.report(scope, filter, Comparison.NONE, GroupBy.WEEK,
                List.of(EngineReports.metric(ctx.metric())), only);
        List<TouchpointView.Distribution> distributions = new ArrayList<>();
        for (ViewMetric scored : List.of(ViewMetric.NPS, ViewMetric.CSAT, ViewMetric.CES)) {
            MetricValue value = totals.total().values().get(scored.code());
            if (value != null && value.n() > 0 && !value.distribution().isEmpty()) {
                distributions.add(distribution(scored, value.distribution(), value.n()));
            }
        }
        String path = ctx.unit() == null ? "/" : ctx.unit().path();
        FeedbackVoices.Slice slice = new FeedbackVoices.Slice(path, touchpoint.id(), filter.from(), filter.to());
        return new TouchpointView(all, touchpoint, totals, trend, distributions, voices.comments(scope, slice, COMMENTS),
                voices.topics(scope, slice, TOPICS), voices.cases(scope, slice, CASES),
                departmentGoals.progress(scope, ctx).get(touchpoint.ownerDepartmentId()));
    }

    private static TouchpointRef pick(List<TouchpointRef> all, String param) {
        if (param == null || param.isBlank()) {
            return all.isEmpty() ? null : all.get(0);
        }
        UUID id;
        try {
            id = UUID.fromString(param.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("touchpoint", "analytics.error.touchpoint");
        }
        return all.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("touchpoint", "analytics.error.touchpoint"));
    }

    /** Every point of the scale, answered or not, so the bars line up with what the question offered. */
    static TouchpointView.Distribution distribution(ViewMetric metric, SortedMap<Integer, Long> counts, long n) {
        int low = metric == ViewMetric.NPS ? 0 : 1;
        int high = metric == ViewMetric.NPS ? 10 : metric == ViewMetric.CSAT ? 5 : 7;
        List<Integer> points = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (int point = low; point <= high; point++) {
            points.add(point);
            values.add(counts.getOrDefault(point, 0L));
            colours.add(switch (metric) {
                case NPS -> point >= 9 ? "good" : point >= 7 ? "mid" : "bad";
                case CSAT -> point >= 4 ? "good" : point == 3 ? "mid" : "bad";
                default -> point >= 5 ? "good" : point == 4 ? "mid" : "bad";
            });
        }
        return new TouchpointView.Distribution(metric.code(), points, values, colours, n);
    }
}
