package org.opencem.actions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.actions.CaseActivity;
import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseQuery;
import org.opencem.actions.CaseStatus;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cases through the API: the same inboxes and the same work as the console, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases opened from feedback: list, open, note, change status, assign, escalate")
class CaseApi {

    private final Cases cases;

    CaseApi(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "List cases in the caller's scope, most pressing first")
    List<CaseSummary> list(CurrentUser me,
                           @Parameter(description = "MINE, DUE_SOON, OVERDUE, OPEN or RESOLVED (resolved and closed)")
                           @RequestParam(defaultValue = "OPEN") InboxFilter tab,
                           @RequestParam(required = false) CaseStatus status,
                           @RequestParam(required = false) CasePriority priority,
                           @RequestParam(required = false) UUID orgUnitId,
                           @RequestParam(required = false) UUID departmentId,
                           @RequestParam(required = false) UUID assigneeId,
                           @RequestParam(defaultValue = "100") int limit) {
        return cases.list(me, new CaseQuery(tab, status, priority, orgUnitId, departmentId, assigneeId),
                Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its SLA clocks")
    @ApiResponse(responseCode = "404", description = "No such case in the caller's scope")
    CaseSummary get(CurrentUser me, @PathVariable UUID id) {
        return cases.get(me.scope(), id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Everything that happened to the case, oldest first")
    List<CaseActivity> history(CurrentUser me, @PathVariable UUID id) {
        return cases.history(me.scope(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case", description = "With feedbackId: the case of that response or signal (the same "
            + "case however often it is asked for). Without: a case for orgUnitId with a title, e.g. a complaint taken by phone.")
    @ApiResponse(responseCode = "400", description = "Problem details naming the wrong fields")
    CaseSummary create(CurrentUser me, @RequestBody NewCaseBody body) {
        if (body == null) {
            throw InvalidInputException.of("orgUnitId", "common.required");
        }
        CasePriority priority = body.priority() == null ? CasePriority.NORMAL : body.priority();
        if (body.feedbackId() != null) {
            return cases.openFor(me, body.feedbackId(), priority, body.reason());
        }
        List<Violation> violations = new ArrayList<>();
        if (body.orgUnitId() == null) {
            violations.add(Violation.of("orgUnitId", "common.required"));
        }
        if (body.title() == null || body.title().isBlank()) {
            violations.add(Violation.of("title", "common.required"));
        } else if (body.title().length() > Cases.TITLE_MAX) {
            violations.add(Violation.of("title", "common.tooLong", Cases.TITLE_MAX));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return cases.create(me, body.orgUnitId(), body.touchpointId(), body.title(), priority, body.customerId());
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a note; every @username of a colleague who can see the case is notified")
    CaseSummary addNote(CurrentUser me, @PathVariable UUID id, @RequestBody TextBody body) {
        cases.addNote(me, id, checked("note", body == null ? null : body.text()));
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Change the status", description = "Allowed: NEW→IN_PROGRESS|WAITING_FOR_CUSTOMER|RESOLVED, "
            + "IN_PROGRESS→WAITING_FOR_CUSTOMER|RESOLVED, WAITING_FOR_CUSTOMER→IN_PROGRESS|RESOLVED, RESOLVED→CLOSED|REOPENED, "
            + "CLOSED→REOPENED, REOPENED→IN_PROGRESS|WAITING_FOR_CUSTOMER|RESOLVED. RESOLVED needs text (the resolution) "
            + "and, when the tenant asks for it, rootCauseId; REOPENED needs text (the reason).")
    @ApiResponse(responseCode = "409", description = "The current status does not allow the change")
    CaseSummary changeStatus(CurrentUser me, @PathVariable UUID id, @RequestBody StatusBody body) {
        if (body == null || body.status() == null) {
            throw InvalidInputException.of("status", "common.required");
        }
        if (body.text() != null && body.text().length() > Cases.MAX_TEXT) {
            throw InvalidInputException.of("text", "case.error.tooLong");
        }
        cases.changeStatus(me, id, body.status(), body.text(), body.rootCauseId());
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start work on a new or reopened case")
    CaseSummary start(CurrentUser me, @PathVariable UUID id) {
        cases.start(me, id);
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve with what was done and what the customer was told")
    CaseSummary resolve(CurrentUser me, @PathVariable UUID id, @RequestBody TextBody body) {
        cases.changeStatus(me, id, CaseStatus.RESOLVED, checked("text", body == null ? null : body.text()),
                body.rootCauseId());
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Give the case to a colleague who can see its org unit")
    CaseSummary assign(CurrentUser me, @PathVariable UUID id, @RequestBody AssignBody body) {
        if (body == null || body.assigneeId() == null) {
            throw InvalidInputException.of("assigneeId", "common.required");
        }
        cases.assign(me, id, body.assigneeId());
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/priority")
    @Operation(summary = "Change the priority; the SLA due times follow it")
    CaseSummary priority(CurrentUser me, @PathVariable UUID id, @RequestBody PriorityBody body) {
        if (body == null || body.priority() == null) {
            throw InvalidInputException.of("priority", "common.required");
        }
        cases.changePriority(me, id, body.priority());
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/escalate")
    @Operation(summary = "Ask for a supervisor: the case moves one step up the escalation chain")
    @ApiResponse(responseCode = "409", description = "The case is closed, or nobody is above its owner")
    CaseSummary escalate(CurrentUser me, @PathVariable UUID id, @RequestBody ReasonBody body) {
        cases.escalate(me, id, checked("reason", body == null ? null : body.reason()));
        return cases.get(me.scope(), id);
    }

    private static String checked(String field, String text) {
        String error = CaseText.check(text);
        if (error != null) {
            throw InvalidInputException.of(field, error);
        }
        return text;
    }

    @Schema(description = "Either feedbackId, or orgUnitId with a title")
    record NewCaseBody(UUID feedbackId, UUID orgUnitId, UUID touchpointId, String title, CasePriority priority,
                       String customerId, String reason) {
    }

    record TextBody(String text, UUID rootCauseId) {
    }

    record StatusBody(CaseStatus status, String text, UUID rootCauseId) {
    }

    record AssignBody(UUID assigneeId) {
    }

    record PriorityBody(CasePriority priority) {
    }

    record ReasonBody(String reason) {
    }
}
