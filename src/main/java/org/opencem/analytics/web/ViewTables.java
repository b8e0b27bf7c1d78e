package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.opencem.analytics.Goals;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The table behind each analytics view, for the downloads: the same rows as the views' CSV files,
 * built from the same request parameters, so an export shows exactly what the page shows.
 */
@Component
class ViewTables {

    /** The tables that can be downloaded, as named in the URLs ({@code /analytics/<name>.xlsx}). */
    static final List<String> NAMES = List.of("hierarchy", "journey", "touchpoint", "touchpoint-distribution", "drivers",
            "compare-periods", "compare-segments", "goals");

    private final ViewContexts contexts;
    private final HierarchyViews hierarchy;
    private final JourneyHeatmaps heatmaps;
    private final TouchpointViews touchpoints;
    private final DriverViews drivers;
    private final CompareViews compare;
    private final Goals goals;
    private final GoalsBoard goalsBoard;

    ViewTables(ViewContexts contexts, HierarchyViews hierarchy, JourneyHeatmaps heatmaps, TouchpointViews touchpoints,
               DriverViews drivers, CompareViews compare, Goals goals, GoalsBoard goalsBoard) {
        this.contexts = contexts;
        this.hierarchy = hierarchy;
        this.heatmaps = heatmaps;
        this.touchpoints = touchpoints;
        this.drivers = drivers;
        this.compare = compare;
        this.goals = goals;
        this.goalsBoard = goalsBoard;
    }

    /** The rows of a table, header first, within the caller's scope; an unknown name is refused. */
    List<List<Object>> table(CurrentUser me, String name, Map<String, String> params) {
        if ("goals".equals(name)) {
            return goals(me);
        }
        ViewContext ctx = contexts.of(me, params.get("unit"), params.get("from"), params.get("to"), params.get("weeks"),
                params.get("metric"), Map.of());
        return switch (name) {
            case "hierarchy" -> AnalyticsCsv.league(hierarchy.build(me.scope(), ctx, params.get("sort"), params.get("dir")));
            case "journey" -> AnalyticsCsv.heatmap(heatmaps.build(me.scope(), ctx, params.get("journey")));
            case "touchpoint" -> AnalyticsCsv.trend(touchpoints.build(me.scope(), ctx, params.get("touchpoint")).trend(),
                    ctx.metric());
            case "touchpoint-distribution" -> AnalyticsCsv.distributions(
                    touchpoints.build(me.scope(), ctx, params.get("touchpoint")).distributions());
            case "drivers" -> AnalyticsCsv.drivers(drivers.build(me.scope(), ctx));
            case "compare-periods" -> AnalyticsCsv.periods(compare.build(me.scope(), ctx, params.get("against"),
                    params.get("by")));
            case "compare-segments" -> AnalyticsCsv.segments(compare.build(me.scope(), ctx, params.get("against"),
                    params.get("by")));
            default -> throw InvalidInputException.of("table", "analytics.export.error.table", name, String.join(", ", NAMES));
        };
    }

    /** Every goal in the caller's scope with its actual over its own period so far. */
    private List<List<Object>> goals(CurrentUser me) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("metric", "unit", "department", "period_start", "period_end", "target", "actual", "n",
                "small_sample", "met", "progress_pct"));
        for (GoalsBoard.Row row : goalsBoard.rows(me.scope(), goals.list(me.scope()))) {
            var progress = row.progress();
            var goal = progress.goal();
            rows.add(Arrays.asList(goal.metric().code(), goal.orgUnitName(), goal.departmentName(), goal.periodStart(),
                    goal.periodEnd(), goal.target(), progress.actual(), row.n(), row.smallSample(), progress.met(),
                    progress.hasActual() ? progress.percent() : null));
        }
        return rows;
    }
}
