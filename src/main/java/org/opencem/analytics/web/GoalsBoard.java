package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricValue;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Each goal with its actual over its own period so far (a quarter under way counts up to today). */
@Component
class GoalsBoard {

    private final EngineReports reports;
    private final DepartmentGoals departmentGoals;
    private final Clock clock;
    private final ZoneId zone;

    GoalsBoard(EngineReports reports, DepartmentGoals departmentGoals, Clock clock,
               @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.reports = reports;
        this.departmentGoals = departmentGoals;
        this.clock = clock;
        this.zone = zone;
    }

    public record Row(GoalProgress progress, long n, boolean smallSample) {
    }

    List<Row> rows(Scope scope, List<Goal> goals) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Row> rows = new ArrayList<>();
        for (Goal goal : goals) {
            if (goal.periodStart().isAfter(today)) {
                rows.add(new Row(new GoalProgress(goal, null), 0, false));
                continue;
            }
            LocalDate end = goal.periodEnd().isAfter(today) ? today : goal.periodEnd();
            MetricFilter filter = MetricFilter.NONE;
            if (goal.departmentId() != null) {
                Set<UUID> owned = departmentGoals.ownedBy(scope.tenantId(), goal.departmentId());
                if (owned.isEmpty()) {
                    rows.add(new Row(new GoalProgress(goal, null), 0, false));
                    continue;
                }
                filter = MetricFilter.touchpoints(owned);
            }
            MetricValue value = reports.report(scope, new MetricQuery(goal.orgUnitId(), DateRange.of(goal.periodStart(), end),
                    Comparison.NONE, GroupBy.NONE, List.of(EngineReports.metric(goal.metric())), filter))
                    .total().values().get(goal.metric().code());
            rows.add(value == null ? new Row(new GoalProgress(goal, null), 0, false)
                    : new Row(new GoalProgress(goal, value.value()), value.n(), value.smallSample()));
        }
        return rows;
    }
}
