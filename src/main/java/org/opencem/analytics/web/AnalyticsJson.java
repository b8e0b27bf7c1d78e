package org.opencem.analytics.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.CaseSummary;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.UnitRef;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.organization.OrgUnit;

/** The API's shapes of the analytics views: the same figures as the pages, ids instead of links. */
final class AnalyticsJson {

    private AnalyticsJson() {
    }

    record Filter(UnitRef unit, LocalDate from, LocalDate to, String metric) {
        static Filter of(ViewContext ctx) {
            return new Filter(AnalyticsJson.unit(ctx.unit()), ctx.filter().from(), ctx.filter().to(), ctx.metric().code());
        }
    }

    static UnitRef unit(OrgUnit unit) {
        return unit == null ? null : UnitRef.of(unit);
    }

    record GoalJson(UUID id, String metric, UUID orgUnitId, String orgUnitName, UUID departmentId, String departmentName,
                    LocalDate periodStart, LocalDate periodEnd, double target, String note) {
        static GoalJson of(Goal goal) {
            return new GoalJson(goal.id(), goal.metric().code(), goal.orgUnitId(), goal.orgUnitName(),
                    goal.departmentId(), goal.departmentName(), goal.periodStart(), goal.periodEnd(), goal.target(),
                    goal.note());
        }
    }

    record Progress(GoalJson goal, Double actual, boolean met, double percent) {
        static Progress of(GoalProgress progress) {
            return progress == null ? null : new Progress(GoalJson.of(progress.goal()), progress.actual(), progress.met(),
                    progress.percent());
        }

        static Map<String, Progress> all(Map<ViewMetric, GoalProgress> goals) {
            Map<String, Progress> result = new LinkedHashMap<>();
            goals.forEach((metric, progress) -> result.put(metric.code(), of(progress)));
            return result;
        }
    }

    record Hierarchy(Filter filter, DateRange comparisonPeriod, int minSample, String sort, boolean descending,
                     Map<String, MetricValue> total, Map<String, Progress> totalGoals, Spread spread, List<Row> rows) {

        record Row(UnitRef unit, boolean drillable, String rank, Map<String, MetricValue> values,
                   Map<String, Progress> goals) {
        }

        record Spread(String metric, UnitRef best, UnitRef worst, Double min, Double max, Double range, int ranked,
                      int smallSamples) {
        }

        static Hierarchy of(ViewContext ctx, HierarchyView view) {
            HierarchyView.Spread s = view.spread();
            return new Hierarchy(Filter.of(ctx), view.report().comparisonPeriod(), view.report().minSample(), view.sort(),
                    view.descending(), view.report().total().values(), Progress.all(view.totalGoals()),
                    new Spread(s.metric().code(), s.best() == null ? null : s.best().unit(),
                            s.worst() == null ? null : s.worst().unit(), s.min(), s.max(), s.range(), s.ranked(),
                            s.smallSamples()),
                    view.rows().stream().map(r -> new Row(r.unit(), r.drillable(), r.rank(), r.values().values(),
                            Progress.all(r.goals()))).toList());
        }
    }

    record Journey(Filter filter, UUID journeyId, String journeyName, List<Stage> stages, List<Row> rows,
                   Map<UUID, Progress> departmentGoals) {

        record Stage(UUID id, String name, List<Touchpoint> touchpoints) {
        }

        record Touchpoint(UUID id, String name, UUID ownerDepartmentId, String ownerDepartmentName) {
        }

        record Row(UnitRef unit, boolean total, boolean drillable, List<Cell> cells) {
        }

        record Cell(UUID touchpointId, MetricValue value, MetricValue netSentiment) {
        }

        static Journey of(ViewContext ctx, JourneyHeatmap heatmap) {
            if (!heatmap.hasJourney()) {
                return new Journey(Filter.of(ctx), null, null, List.of(), List.of(), Map.of());
            }
            List<Stage> stages = heatmap.map().stages().stream().map(s -> new Stage(s.stage().id(), s.stage().name(),
                    s.touchpoints().stream().map(t -> new Touchpoint(t.id(), t.touchpoint().name(),
                            t.touchpoint().ownerDepartmentId(), t.ownerDepartmentName())).toList())).toList();
            List<Row> rows = heatmap.rows().stream().map(r -> new Row(UnitRef.of(r.unit()), r.total(), r.drillable(),
                    stages.stream().flatMap(s -> s.touchpoints().stream()).map(t -> {
                        JourneyHeatmap.Cell cell = r.cell(t.id());
                        return new Cell(t.id(), cell == null ? null : cell.value(), cell == null ? null : cell.sentiment());
                    }).toList())).toList();
            Map<UUID, Progress> goals = new LinkedHashMap<>();
            heatmap.departmentGoals().forEach((department, progress) -> goals.put(department, Progress.of(progress)));
            return new Journey(Filter.of(ctx), heatmap.map().journey().id(), heatmap.map().journey().name(), stages, rows,
                    goals);
        }
    }

    record Comment(UUID id, OffsetDateTime occurredAt, String unitName, String text, String sentiment, Integer nps,
                   Integer csat, Integer ces, String language) {
        static List<Comment> all(List<FeedbackVoices.Comment> comments) {
            return comments.stream().map(c -> new Comment(c.id(), c.occurredAt(), c.unitName(), c.text(), c.sentiment(),
                    c.nps(), c.csat(), c.ces(), c.language())).toList();
        }
    }

    record Case(UUID id, long number, String title, String status, String priority, UnitRef unit,
                OffsetDateTime createdAt) {
        static List<Case> all(List<CaseSummary> cases) {
            return cases.stream().map(c -> new Case(c.id(), c.number(), c.title(), c.status().name(),
                    c.priority().name(), new UnitRef(c.orgUnitId(), null, c.orgUnitName(), null), c.createdAt())).toList();
        }
    }

    record Cell(Filter filter, UnitRef unit, UUID touchpointId, String touchpointName, MetricValue value,
                MetricValue netSentiment, List<Comment> comments, List<Case> cases) {
        static Cell of(ViewContext ctx, CellPanel panel) {
            return new Cell(Filter.of(ctx), UnitRef.of(panel.unit()), panel.touchpoint().id(), panel.touchpoint().name(),
                    panel.value(), panel.sentiment(), Comment.all(panel.comments()), Case.all(panel.cases()));
        }
    }

    record Touchpoint(Filter filter, UUID touchpointId, String name, String journeyName, String stageName,
                      Map<String, MetricValue> total, List<TouchpointView.Distribution> distributions,
                      List<TrendPoint> trend, List<Comment> comments, List<FeedbackVoices.TopicCount> topics,
                      int topicComments, boolean topicsFromNewestOnly, List<Case> cases, Progress departmentGoal) {

        record TrendPoint(LocalDate weekStart, MetricValue value) {
        }

        static Touchpoint of(ViewContext ctx, TouchpointView view) {
            if (!view.hasTouchpoint()) {
                return new Touchpoint(Filter.of(ctx), null, null, null, null, Map.of(), List.of(), List.of(), List.of(),
                        List.of(), 0, false, List.of(), null);
            }
            return new Touchpoint(Filter.of(ctx), view.touchpoint().id(), view.touchpoint().name(),
                    view.touchpoint().journeyName(), view.touchpoint().stageName(), view.totals().total().values(),
                    view.distributions(), view.trend().rows().stream().map(r -> new TrendPoint(r.start(),
                            r.values().get(ctx.metric().code()))).toList(),
                    Comment.all(view.comments()), view.topics().counts(), view.topics().comments(),
                    view.topics().newestOnly(), Case.all(view.cases()), Progress.of(view.goal()));
        }
    }

    record Drivers(Filter filter, String outcome, String basis, int observations, int minObservations,
                   int customersRatingSeveral, String method, Double rSquared, double importanceSplit,
                   double performanceSplit, List<Driver> drivers) {

        record Driver(UUID touchpointId, String touchpoint, String stage, double importancePercent,
                      Double csatTopTwoBox, long csatN, String quadrant) {
        }

        static Drivers of(ViewContext ctx, DriverView view) {
            return new Drivers(Filter.of(ctx), "nps", view.basis().name(), view.observations(), view.minObservations(),
                    view.customersRatingSeveral(), "shapley-r2", view.rSquared(), view.importanceSplit(),
                    view.performanceSplit(), view.drivers().stream().map(d -> new Driver(d.touchpoint().id(),
                            d.touchpoint().name(), d.touchpoint().stageName(), d.importance(), d.performance(),
                            d.performanceN(), d.quadrant().name())).toList());
        }
    }

    record Compare(Filter filter, DateRange period, DateRange comparisonPeriod, Map<String, MetricValue> periods,
                   String segmentBy, Map<String, List<String>> attributes, List<Segment> segments) {

        record Segment(String label, Map<String, MetricValue> values) {
        }

        static Compare of(ViewContext ctx, CompareView view) {
            return new Compare(Filter.of(ctx), view.periods().period(), view.periods().comparisonPeriod(),
                    view.periods().total().values(), view.segmentBy(), view.attributes(),
                    view.segments().stream().map(s -> new Segment(s.label(), s.values())).toList());
        }
    }
}
