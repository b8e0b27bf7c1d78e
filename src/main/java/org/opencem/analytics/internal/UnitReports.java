package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.Goals;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.Period;
import org.opencem.analytics.ViewMetric;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Scope;
import org.opencem.textanalytics.Taxonomy;
import org.springframework.stereotype.Component;

/** Builds {@link UnitReport}s through the metrics engine, always within the reader's scope. */
@Component
public class UnitReports {

    /** The headline metrics, in the order reports show them. */
    public static final List<ViewMetric> HEADLINE = List.of(ViewMetric.CX_INDEX, ViewMetric.NPS, ViewMetric.CSAT,
            ViewMetric.CES, ViewMetric.NET_SENTIMENT);
    private static final int WORST = 5;
    private static final int TOPICS = 5;

    private final MetricQueries engine;
    private final Goals goals;
    private final FeedbackVoices voices;
    private final Taxonomy taxonomy;

    UnitReports(MetricQueries engine, Goals goals, FeedbackVoices voices, Taxonomy taxonomy) {
        this.engine = engine;
        this.goals = goals;
        this.voices = voices;
        this.taxonomy = taxonomy;
    }

    /**
     * The report of {@code unit} (null: everything in scope) over {@code period}; {@code rankBy} orders the
     * weakest touchpoints; {@code withTrend} adds the weekly trend (a digest has no room for it).
     */
    public UnitReport build(Scope scope, OrgUnit unit, DateRange period, ViewMetric rankBy, boolean withTrend,
                            Locale locale) {
        UUID unitId = unit == null ? null : unit.id();
        List<Metric> metrics = new ArrayList<>(HEADLINE.stream().map(m -> Metric.parse(m.code())).toList());
        metrics.add(Metric.RESPONSES);
        MetricQuery total = new MetricQuery(unitId, period, Comparison.PREVIOUS_PERIOD, GroupBy.NONE, metrics,
                MetricFilter.NONE);
        MetricReport totals = engine.report(scope, total);
        Map<ViewMetric, Goal> unitGoals = unitId == null ? Map.of()
                : goals.forUnits(scope, List.of(unitId), period.from(), period.to()).getOrDefault(unitId, Map.of());
        List<UnitReport.Kpi> kpis = new ArrayList<>();
        for (ViewMetric metric : HEADLINE) {
            MetricValue value = totals.total().values().get(metric.code());
            Goal goal = unitGoals.get(metric);
            kpis.add(new UnitReport.Kpi(metric, value,
                    goal == null ? null : new GoalProgress(goal, value == null ? null : value.value())));
        }
        List<MetricRow> trend = List.of();
        if (withTrend) {
            LocalDate firstMonday = Period.weekOf(period.from());
            trend = engine.report(scope, new MetricQuery(unitId, new DateRange(firstMonday, period.to()), Comparison.NONE,
                    GroupBy.WEEK, List.of(Metric.NPS), MetricFilter.NONE)).rows();
        }
        List<MetricRow> children = engine.report(scope, total.groupedBy(GroupBy.CHILD_UNIT)).rows();
        List<MetricRow> worst = worstTouchpoints(engine.report(scope, total.groupedBy(GroupBy.TOUCHPOINT)), rankBy,
                totals.minSample());
        MetricValue responses = totals.total().values().get(Metric.RESPONSES.code());
        return new UnitReport(totals.unit(), period, totals.comparisonPeriod(), totals.minSample(), kpis, trend, children,
                worst, negativeTopics(scope, unit, period, locale),
                responses == null || responses.value() == null ? 0 : responses.value().longValue());
    }

    /** Touchpoints with a value, lowest first; those resting on enough answers before small samples. */
    private static List<MetricRow> worstTouchpoints(MetricReport byTouchpoint, ViewMetric rankBy, int minSample) {
        return byTouchpoint.rows().stream()
                .filter(row -> value(row, rankBy) != null)
                .sorted(Comparator.comparing((MetricRow row) -> row.values().get(rankBy.code()).smallSample())
                        .thenComparing(row -> value(row, rankBy)))
                .limit(WORST).toList();
    }

    private static Double value(MetricRow row, ViewMetric metric) {
        MetricValue value = row.values().get(metric.code());
        return value == null ? null : value.value();
    }

    private List<UnitReport.NegativeTopic> negativeTopics(Scope scope, OrgUnit unit, DateRange period, Locale locale) {
        if (unit == null) {
            return List.of();
        }
        Map<String, String> names = taxonomy.names(scope.tenantId(), locale);
        return voices.topics(scope, new FeedbackVoices.Slice(unit.path(), null, period.from(), period.to()), 100).counts().stream()
                .filter(t -> t.negative() > 0)
                .sorted(Comparator.comparingInt(FeedbackVoices.TopicCount::negative).reversed()
                        .thenComparing(FeedbackVoices.TopicCount::topic))
                .limit(TOPICS)
                .map(t -> new UnitReport.NegativeTopic(t.topic(), names.getOrDefault(t.topic(), t.topic()), t.mentions(),
                        t.negative()))
                .toList();
    }
}
