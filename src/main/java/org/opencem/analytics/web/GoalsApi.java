package org.opencem.analytics.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalInput;
import org.opencem.analytics.Goals;
import org.opencem.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goals over REST. Everyone reads the goals in their scope, each with its actual so far; tenant
 * admins and CX managers create, replace and delete them (others get 403).
 */
@RestController
@RequestMapping(path = "/api/v1/analytics/goals", produces = "application/json")
@Tag(name = "Goals", description = "Targets per metric, org unit or department, and period")
class GoalsApi {

    private final Goals goals;
    private final GoalsBoard board;

    GoalsApi(Goals goals, GoalsBoard board) {
        this.goals = goals;
        this.board = board;
    }

    record GoalStatus(AnalyticsJson.GoalJson goal, Double actual, long n, boolean smallSample, boolean met,
                      double percent) {
        static GoalStatus of(GoalsBoard.Row row) {
            return new GoalStatus(AnalyticsJson.GoalJson.of(row.progress().goal()), row.progress().actual(), row.n(),
                    row.smallSample(), row.progress().met(), row.progress().percent());
        }
    }

    @GetMapping
    @Operation(summary = "The goals in the caller's scope with their actual over their own period so far")
    List<GoalStatus> list(CurrentUser me) {
        return board.rows(me.scope(), goals.list(me.scope())).stream().map(GoalStatus::of).toList();
    }

    @GetMapping("/{id}")
    GoalStatus get(CurrentUser me, @PathVariable UUID id) {
        return GoalStatus.of(board.rows(me.scope(), List.of(goals.get(me.scope(), id))).get(0));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Set a goal: metric (cx_index, nps, csat, ces, net_sentiment), orgUnitId, optional departmentId, periodStart, periodEnd, target")
    ResponseEntity<AnalyticsJson.GoalJson> create(CurrentUser me, @RequestBody GoalInput input) {
        Goal goal = goals.create(me, input);
        return ResponseEntity.created(URI.create("/api/v1/analytics/goals/" + goal.id())).body(AnalyticsJson.GoalJson.of(goal));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    AnalyticsJson.GoalJson replace(CurrentUser me, @PathVariable UUID id, @RequestBody GoalInput input) {
        return AnalyticsJson.GoalJson.of(goals.update(me, id, input));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(CurrentUser me, @PathVariable UUID id) {
        goals.delete(me, id);
        return ResponseEntity.noContent().build();
    }
}
