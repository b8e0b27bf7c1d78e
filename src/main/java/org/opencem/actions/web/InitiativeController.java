package org.opencem.actions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.CaseReports;
import org.opencem.actions.Initiative;
import org.opencem.actions.InitiativeMetric;
import org.opencem.actions.InitiativeStatus;
import org.opencem.actions.Initiatives;
import org.opencem.actions.NewInitiative;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journeys;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Role;
import org.opencem.platform.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Improvement initiatives: the list, a new one from cases or a report row, and one initiative with its tasks and metric. */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

    private final Initiatives initiatives;
    private final CaseReports reports;
    private final Departments departments;
    private final UserAccounts users;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final Clock clock;

    InitiativeController(Initiatives initiatives, CaseReports reports, Departments departments, UserAccounts users,
                         OrgUnits orgUnits, Journeys journeys, Clock clock) {
        this.initiatives = initiatives;
        this.reports = reports;
        this.departments = departments;
        this.users = users;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser me, Model model) {
        model.addAttribute("initiatives", initiatives.list(me.scope()));
        model.addAttribute("canWork", me.role() != Role.ANALYST);
        model.addAttribute("pageCss", List.of("/css/loop.css"));
        return "actions/initiatives";
    }

    /** The form, with the cases it will group: picked on a case page, or a report row's filter. */
    @GetMapping("/new")
    String newForm(CurrentUser me, @RequestParam(required = false) List<UUID> caseIds, CaseReportParams report, Model model) {
        List<UUID> cases = caseIds != null ? caseIds
                : report.key() != null ? reports.caseIds(me.scope(), report.withDefaults(clock).filter()) : List.of();
        Form form = new Form("", "", null, me.userId(), orgUnits.scopeRoots(me.scope()).stream().findFirst()
                .map(u -> u.id()).orElse(null), InitiativeMetric.NPS, null, LocalDate.now(clock), null, cases);
        if (report.key() != null && report.dimension() == org.opencem.actions.CaseReportDimension.TOUCHPOINT) {
            form = form.withTouchpoint(UUID.fromString(report.key()));
        }
        return form(me, form, Map.of(), model);
    }

    @PostMapping
    String create(CurrentUser me, Form form, Model model) {
        try {
            Initiative created = initiatives.create(me, form.toNew());
            return "redirect:/initiatives/" + created.id();
        } catch (InvalidInputException invalid) {
            return form(me, form, Violation.byField(invalid.violations()), model);
        }
    }

    @GetMapping("/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return page(me, id, Map.of(), null, model);
    }

    @PostMapping("/{id}/tasks")
    String addTask(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String taskTitle,
                   @RequestParam(required = false) UUID taskOwnerId, @RequestParam(required = false) LocalDate taskDueOn, Model model) {
        try {
            initiatives.addTask(me, id, taskTitle, taskOwnerId, taskDueOn);
        } catch (InvalidInputException invalid) {
            return page(me, id, Violation.byField(invalid.violations()), taskTitle, model);
        }
        return "redirect:/initiatives/" + id;
    }

    @PostMapping("/{id}/tasks/{taskId}")
    String markTask(CurrentUser me, @PathVariable UUID id, @PathVariable UUID taskId, @RequestParam(defaultValue = "false") boolean done) {
        initiatives.markTask(me, id, taskId, done);
        return "redirect:/initiatives/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(CurrentUser me, @PathVariable UUID id, @RequestParam InitiativeStatus status) {
        initiatives.changeStatus(me, id, status);
        return "redirect:/initiatives/" + id;
    }

    private String page(CurrentUser me, UUID id, Map<String, Violation> errors, String taskTitle, Model model) {
        model.addAttribute("item", initiatives.get(me.scope(), id));
        model.addAttribute("tasks", initiatives.tasks(me.scope(), id));
        model.addAttribute("cases", initiatives.cases(me.scope(), id));
        model.addAttribute("change", initiatives.metricChange(me.scope(), id));
        model.addAttribute("users", users.all(me.tenantId()));
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("canWork", me.role() != Role.ANALYST);
        model.addAttribute("errors", errors);
        model.addAttribute("taskTitle", taskTitle);
        model.addAttribute("pageCss", List.of("/css/loop.css"));
        return "actions/initiative";
    }

    private String form(CurrentUser me, Form form, Map<String, Violation> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("departments", departments.all(me.tenantId()));
        model.addAttribute("users", users.all(me.tenantId()));
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        model.addAttribute("metrics", InitiativeMetric.values());
        model.addAttribute("pageCss", List.of("/css/loop.css"));
        return "actions/initiative-form";
    }

    /** The new-initiative form as posted, kept as typed when something is wrong. */
    record Form(String title, String description, UUID departmentId, UUID ownerId, UUID orgUnitId, InitiativeMetric metric,
                UUID touchpointId, LocalDate startedOn, LocalDate dueOn, List<UUID> caseIds) {

        Form {
            caseIds = caseIds == null ? List.of() : new ArrayList<>(caseIds);
        }

        Form withTouchpoint(UUID touchpoint) {
            return new Form(title, description, departmentId, ownerId, orgUnitId, metric, touchpoint, startedOn, dueOn, caseIds);
        }

        NewInitiative toNew() {
            return new NewInitiative(title, description, departmentId, ownerId, orgUnitId, metric, touchpointId, startedOn,
                    dueOn, caseIds);
        }
    }
}
