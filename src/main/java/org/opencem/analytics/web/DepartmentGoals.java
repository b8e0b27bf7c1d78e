package org.opencem.analytics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.Goals;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.journey.Journeys;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/**
 * The goals set for departments on the current unit, each beside the actual over all the
 * touchpoints the department owns within that unit: a department answers for its touchpoints.
 */
@Component
class DepartmentGoals {

    private final Goals goals;
    private final Journeys journeys;
    private final EngineReports reports;

    DepartmentGoals(Goals goals, Journeys journeys, EngineReports reports) {
        this.goals = goals;
        this.journeys = journeys;
        this.reports = reports;
    }

    /** By department, the goal on the view's metric with its actual; empty for "all my units". */
    Map<UUID, GoalProgress> progress(Scope scope, ViewContext ctx) {
        if (ctx.unit() == null) {
            return Map.of();
        }
        ViewMetric metric = ctx.metric();
        Map<UUID, GoalProgress> result = new LinkedHashMap<>();
        goals.forDepartments(scope, ctx.unitId(), ctx.filter().from(), ctx.filter().to()).forEach((department, byMetric) -> {
            Goal goal = byMetric.get(metric);
            if (goal != null) {
                result.put(department, new GoalProgress(goal, actual(scope, ctx, department, metric)));
            }
        });
        return result;
    }

    /** The touchpoints a department owns, across the tenant's journeys. */
    Set<UUID> ownedBy(UUID tenantId, UUID department) {
        return journeys.touchpoints(tenantId).stream().filter(t -> department.equals(t.ownerDepartmentId()))
                .map(t -> t.id()).collect(Collectors.toSet());
    }

    private Double actual(Scope scope, ViewContext ctx, UUID department, ViewMetric metric) {
        Set<UUID> owned = ownedBy(scope.tenantId(), department);
        if (owned.isEmpty()) {
            return null;
        }
        MetricValue value = reports.report(scope, ctx.filter(), Comparison.NONE, GroupBy.NONE,
                List.of(EngineReports.metric(metric)), MetricFilter.touchpoints(owned)).total().values().get(metric.code());
        return value == null ? null : value.value();
    }
}
