package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.Goals;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/** Builds the league table of a unit's children from one engine report. */
@Component
class HierarchyViews {

    static final String SORT_NAME = "name";
    static final String SORT_N = "n";

    private final EngineReports reports;
    private final Goals goals;
    private final OrgUnits orgUnits;

    HierarchyViews(EngineReports reports, Goals goals, OrgUnits orgUnits) {
        this.reports = reports;
        this.goals = goals;
        this.orgUnits = orgUnits;
    }

    HierarchyView build(Scope scope, ViewContext ctx, String sort, String dir) {
        String sortKey = checkSort(sort, ctx.metric());
        boolean descending = !"asc".equalsIgnoreCase(dir);
        AnalyticsFilter filter = ctx.filter();
        MetricReport report = reports.report(scope, filter, Comparison.PREVIOUS_PERIOD, GroupBy.CHILD_UNIT,
                EngineReports.shownMetrics(), MetricFilter.NONE);
        List<UUID> unitIds = report.rows().stream().map(r -> r.unit().id()).toList();
        Set<UUID> drillable = orgUnits.withChildren(scope.tenantId(), unitIds);
        List<UUID> goalUnits = new ArrayList<>(unitIds);
        if (ctx.unitId() != null) {
            goalUnits.add(ctx.unitId());
        }
        Map<UUID, Map<ViewMetric, Goal>> unitGoals = goals.forUnits(scope, goalUnits, filter.from(), filter.to());
        List<HierarchyView.Row> rows = new ArrayList<>();
        for (MetricRow row : report.rows()) {
            rows.add(new HierarchyView.Row(row.unit(), drillable.contains(row.unit().id()), row,
                    progress(unitGoals.get(row.unit().id()), row), null));
        }
        rows.sort(order(sortKey, descending));
        HierarchyView.Spread spread = spread(rows, ctx.metric());
        List<HierarchyView.Row> ranked = rows.stream().map(r -> new HierarchyView.Row(r.unit(), r.drillable(),
                r.values(), r.goals(), spread.ranked() < 2 ? null
                        : r == spread.best() ? "best" : r == spread.worst() ? "worst" : null)).toList();
        HierarchyView.Spread rankedSpread = new HierarchyView.Spread(spread.metric(),
                find(ranked, spread.best()), find(ranked, spread.worst()), spread.min(), spread.max(), spread.ranked(),
                spread.smallSamples());
        Map<ViewMetric, GoalProgress> totalGoals = ctx.unitId() == null ? Map.of()
                : progress(unitGoals.get(ctx.unitId()), report.total());
        return new HierarchyView(report, ranked, sortKey, descending, rankedSpread, totalGoals);
    }

    /** Each goal of a unit with the actual of its metric in the row. */
    static Map<ViewMetric, GoalProgress> progress(Map<ViewMetric, Goal> goals, MetricRow row) {
        if (goals == null) {
            return Map.of();
        }
        Map<ViewMetric, GoalProgress> result = new LinkedHashMap<>();
        goals.forEach((metric, goal) -> {
            MetricValue value = row.values().get(metric.code());
            result.put(metric, new GoalProgress(goal, value == null ? null : value.value()));
        });
        return result;
    }

    private static HierarchyView.Row find(List<HierarchyView.Row> rows, HierarchyView.Row like) {
        return like == null ? null : rows.stream().filter(r -> r.unit().id().equals(like.unit().id())).findFirst().orElse(null);
    }

    private static String checkSort(String sort, ViewMetric metric) {
        if (sort == null || sort.isBlank()) {
            return metric.code();
        }
        String key = sort.trim().toLowerCase(java.util.Locale.ROOT);
        if (key.equals(SORT_NAME) || key.equals(SORT_N) || ViewMetric.parse(key).isPresent()) {
            return key;
        }
        throw InvalidInputException.of("sort", "analytics.error.sort", sort,
                ViewMetric.codes() + ", " + SORT_NAME + ", " + SORT_N);
    }

    /** Rows without a value go last whichever way the table is sorted. */
    private static Comparator<HierarchyView.Row> order(String sortKey, boolean descending) {
        if (sortKey.equals(SORT_NAME)) {
            Comparator<HierarchyView.Row> byName = Comparator.comparing(r -> r.unit().code());
            return descending ? byName.reversed() : byName;
        }
        if (sortKey.equals(SORT_N)) {
            Comparator<HierarchyView.Row> byN = Comparator.comparingLong(r -> responses(r.values()));
            return descending ? byN.reversed() : byN;
        }
        ViewMetric metric = ViewMetric.parse(sortKey).orElseThrow();
        Comparator<Double> values = descending ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder();
        return Comparator.comparing((HierarchyView.Row r) -> valueOf(r, metric), Comparator.nullsLast(values))
                .thenComparing(r -> r.unit().code());
    }

    private static HierarchyView.Spread spread(List<HierarchyView.Row> rows, ViewMetric metric) {
        HierarchyView.Row best = null;
        HierarchyView.Row worst = null;
        int ranked = 0;
        int small = 0;
        for (HierarchyView.Row row : rows) {
            MetricValue value = row.value(metric);
            if (value == null || value.value() == null) {
                continue;
            }
            if (value.smallSample()) {
                small++;
                continue;
            }
            ranked++;
            if (best == null || value.value() > best.value(metric).value()) {
                best = row;
            }
            if (worst == null || value.value() < worst.value(metric).value()) {
                worst = row;
            }
        }
        return new HierarchyView.Spread(metric, best, worst, worst == null ? null : worst.value(metric).value(),
                best == null ? null : best.value(metric).value(), ranked, small);
    }

    private static Double valueOf(HierarchyView.Row row, ViewMetric metric) {
        MetricValue value = row.value(metric);
        return value == null ? null : value.value();
    }

    private static long responses(MetricRow row) {
        MetricValue value = row.values().get("responses");
        return value == null || value.value() == null ? 0 : value.value().longValue();
    }
}
