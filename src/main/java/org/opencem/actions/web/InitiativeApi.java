package org.opencem.actions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Initiative;
import org.opencem.actions.InitiativeStatus;
import org.opencem.actions.InitiativeTask;
import org.opencem.actions.Initiatives;
import org.opencem.actions.MetricChange;
import org.opencem.actions.NewInitiative;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Improvement initiatives through the API, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives")
class InitiativeApi {

    private final Initiatives initiatives;

    InitiativeApi(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping
    List<Initiative> list(CurrentUser me) {
        return initiatives.list(me.scope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an initiative grouping cases; case ids out of the caller's scope are skipped")
    Initiative create(CurrentUser me, @RequestBody NewInitiative body) {
        return initiatives.create(me, body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An initiative with its tasks, cases and its metric before and after the start")
    Details get(CurrentUser me, @PathVariable UUID id) {
        return new Details(initiatives.get(me.scope(), id), initiatives.tasks(me.scope(), id),
                initiatives.cases(me.scope(), id), initiatives.metricChange(me.scope(), id));
    }

    @PostMapping("/{id}/cases")
    Details addCases(CurrentUser me, @PathVariable UUID id, @RequestBody CaseIds body) {
        initiatives.addCases(me, id, body.caseIds() == null ? List.of() : body.caseIds());
        return get(me, id);
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    InitiativeTask addTask(CurrentUser me, @PathVariable UUID id, @RequestBody NewTask body) {
        return initiatives.addTask(me, id, body.title(), body.ownerId(), body.dueOn());
    }

    @PostMapping("/{id}/tasks/{taskId}")
    Details markTask(CurrentUser me, @PathVariable UUID id, @PathVariable UUID taskId, @RequestBody TaskDone body) {
        initiatives.markTask(me, id, taskId, body.done());
        return get(me, id);
    }

    @PostMapping("/{id}/status")
    Details changeStatus(CurrentUser me, @PathVariable UUID id, @RequestBody StatusChange body) {
        initiatives.changeStatus(me, id, body.status());
        return get(me, id);
    }

    record Details(Initiative initiative, List<InitiativeTask> tasks, List<CaseSummary> cases, MetricChange metric) {
    }

    record CaseIds(List<UUID> caseIds) {
    }

    record NewTask(String title, UUID ownerId, LocalDate dueOn) {
    }

    record TaskDone(boolean done) {
    }

    record StatusChange(InitiativeStatus status) {
    }
}
