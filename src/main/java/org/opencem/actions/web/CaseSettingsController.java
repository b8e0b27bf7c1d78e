package org.opencem.actions.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.actions.AssignMode;
import org.opencem.actions.CaseSettings;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.SlaTarget;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journeys;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case settings for admins and CX managers: the working week the SLA clocks run in, SLA targets
 * per priority, how teams share cases, the top of the escalation chain, routing rules and root causes.
 */
@Controller
@RequestMapping("/settings/cases")
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')")
class CaseSettingsController {

    private static final String PAGE = "actions/settings";
    private static final String REDIRECT = "redirect:/settings/cases";
    private static final int CODE_MAX = 64;
    private static final int NAME_MAX = 200;

    private final CaseConfiguration store;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final Journeys journeys;
    private final UserAccounts users;

    CaseSettingsController(CaseConfiguration store, OrgUnits orgUnits, Departments departments, Journeys journeys,
                           UserAccounts users) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.journeys = journeys;
        this.users = users;
    }

    @ModelAttribute("pageCss")
    List<String> pageCss() {
        return List.of("/css/cases.css");
    }

    @GetMapping
    String show(CurrentUser me, Model model) {
        return page(me, model, Map.of(), Map.of());
    }

    @PostMapping("/hours")
    String saveHours(CurrentUser me, @RequestParam(defaultValue = "") String zone, @RequestParam(defaultValue = "") String opens,
                     @RequestParam(defaultValue = "") String closes, @RequestParam(required = false) List<DayOfWeek> workDays,
                     @RequestParam(defaultValue = "") String holidays, @RequestParam AssignMode assignMode,
                     @RequestParam(required = false) UUID headOfficeUserId,
                     @RequestParam(defaultValue = "false") boolean rootCauseRequired,
                     @RequestParam(defaultValue = "") String remindPercent, Model model, RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        ZoneId zoneId = parse(violations, "zone", () -> ZoneId.of(zone.trim()));
        LocalTime open = parse(violations, "opens", () -> LocalTime.parse(opens.trim()));
        LocalTime close = parse(violations, "closes", () -> LocalTime.parse(closes.trim()));
        if (open != null && close != null && !open.isBefore(close)) {
            violations.add(Violation.of("closes", "caseSettings.error.closesBeforeOpens"));
        }
        if (workDays == null || workDays.isEmpty()) {
            violations.add(Violation.of("workDays", "caseSettings.error.noWorkDays"));
        }
        Set<LocalDate> days = new TreeSet<>();
        for (String line : holidays.split("[\\s,]+")) {
            if (!line.isBlank()) {
                LocalDate day = parse(violations, "holidays", () -> LocalDate.parse(line.trim()));
                if (day != null) {
                    days.add(day);
                }
            }
        }
        Integer remind = parse(violations, "remindPercent", () -> Integer.parseInt(remindPercent.trim()));
        if (remind != null && (remind < 10 || remind > 99)) {
            violations.add(Violation.of("remindPercent", "caseSettings.error.remindPercent"));
        }
        if (headOfficeUserId != null && users.find(me.tenantId(), headOfficeUserId).isEmpty()) {
            violations.add(Violation.of("headOfficeUserId", "caseSettings.error.unknownUser"));
        }
        if (!violations.isEmpty()) {
            Map<String, String> typed = new HashMap<>(Map.of("zone", zone, "opens", opens, "closes", closes,
                    "holidays", holidays, "remindPercent", remindPercent));
            return page(me, model, Violation.byField(violations), typed);
        }
        store.save(me.tenantId(), new CaseSettings(zoneId, open, close, EnumSet.copyOf(workDays), assignMode,
                headOfficeUserId, rootCauseRequired, remind));
        store.replaceHolidays(me.tenantId(), days);
        return saved(redirect, "caseSettings.saved.hours");
    }

    @PostMapping("/sla")
    String saveSla(CurrentUser me, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        List<SlaTarget> targets = new ArrayList<>();
        for (CasePriority priority : CasePriority.values()) {
            Integer first = minutes(violations, "first_" + priority, form.get("first_" + priority));
            Integer resolve = minutes(violations, "resolve_" + priority, form.get("resolve_" + priority));
            if (first != null && resolve != null) {
                if (first > resolve) {
                    violations.add(Violation.of("resolve_" + priority, "caseSettings.error.resolveBeforeFirst"));
                }
                targets.add(new SlaTarget(priority, first, resolve));
            }
        }
        if (!violations.isEmpty()) {
            return page(me, model, Violation.byField(violations), form);
        }
        store.saveSla(me.tenantId(), targets);
        return saved(redirect, "caseSettings.saved.sla");
    }

    @PostMapping("/rules")
    String addRule(CurrentUser me, @RequestParam(required = false) UUID orgUnitId, @RequestParam(required = false) UUID touchpointId,
                   @RequestParam(required = false) UUID departmentId, @RequestParam(required = false) AssignMode assignMode,
                   Model model, RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        if (departmentId == null || departments.find(me.tenantId(), departmentId).isEmpty()) {
            violations.add(Violation.of("departmentId", "common.required"));
        }
        if (orgUnitId == null && touchpointId == null) {
            violations.add(Violation.of("orgUnitId", "caseSettings.error.ruleTooWide"));
        }
        if (orgUnitId != null && orgUnits.find(me.scope(), orgUnitId).isEmpty()) {
            violations.add(Violation.of("orgUnitId", "caseSettings.error.unknownUnit"));
        }
        if (touchpointId != null && journeys.touchpoint(me.tenantId(), touchpointId).isEmpty()) {
            violations.add(Violation.of("touchpointId", "caseSettings.error.unknownTouchpoint"));
        }
        if (!violations.isEmpty()) {
            return page(me, model, Violation.byField(violations), Map.of());
        }
        store.addRule(me.tenantId(), orgUnitId, touchpointId, departmentId, assignMode);
        return saved(redirect, "caseSettings.saved.rule");
    }

    @PostMapping("/rules/{id}/delete")
    String deleteRule(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        store.deleteRule(me.tenantId(), id);
        return saved(redirect, "caseSettings.saved.ruleDeleted");
    }

    @PostMapping("/root-causes")
    String addRootCause(CurrentUser me, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameZh,
                        @RequestParam(defaultValue = "") String nameEn, Model model, RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        if (code.isBlank()) {
            violations.add(Violation.of("code", "common.required"));
        } else if (code.trim().length() > CODE_MAX) {
            violations.add(Violation.of("code", "common.tooLong", CODE_MAX));
        } else if (store.rootCauseCodeTaken(me.tenantId(), code)) {
            violations.add(Violation.of("code", "caseSettings.error.codeTaken", code.trim()));
        }
        for (Map.Entry<String, String> name : Map.of("nameZh", nameZh, "nameEn", nameEn).entrySet()) {
            if (name.getValue().isBlank()) {
                violations.add(Violation.of(name.getKey(), "common.required"));
            } else if (name.getValue().trim().length() > NAME_MAX) {
                violations.add(Violation.of(name.getKey(), "common.tooLong", NAME_MAX));
            }
        }
        if (!violations.isEmpty()) {
            return page(me, model, Violation.byField(violations), Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn));
        }
        store.addRootCause(me.tenantId(), code, nameZh, nameEn);
        return saved(redirect, "caseSettings.saved.rootCause");
    }

    @PostMapping("/root-causes/{id}/active")
    String setRootCauseActive(CurrentUser me, @PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        store.setRootCauseActive(me.tenantId(), id, active);
        return saved(redirect, "caseSettings.saved.rootCause");
    }

    private String page(CurrentUser me, Model model, Map<String, Violation> errors, Map<String, String> typed) {
        model.addAttribute("settings", store.settings(me.tenantId()));
        model.addAttribute("holidays", store.holidays(me.tenantId()).stream().sorted().map(LocalDate::toString).toList());
        model.addAttribute("sla", store.sla(me.tenantId()));
        model.addAttribute("priorities", CasePriority.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("modes", AssignMode.values());
        model.addAttribute("rules", store.rules(me.tenantId()));
        model.addAttribute("rootCauses", store.rootCauses(me.tenantId()));
        model.addAttribute("units", orgUnits.visible(me.scope()));
        Map<UUID, String> unitNames = new LinkedHashMap<>();
        orgUnits.visible(me.scope()).forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        Map<UUID, String> touchpointNames = new LinkedHashMap<>();
        journeys.touchpoints(me.tenantId()).forEach(t -> touchpointNames.put(t.id(), t.label()));
        model.addAttribute("touchpointNames", touchpointNames);
        model.addAttribute("departments", departments.all(me.tenantId()));
        Map<UUID, String> departmentNames = new LinkedHashMap<>();
        departments.all(me.tenantId()).forEach(d -> departmentNames.put(d.id(), d.name()));
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("people", users.all(me.tenantId()).stream().filter(u -> u.active()).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return PAGE;
    }

    private static Integer minutes(List<Violation> violations, String field, String hours) {
        if (hours == null || hours.isBlank()) {
            violations.add(Violation.of(field, "common.required"));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(hours.trim());
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(24 * 30)) > 0) {
                violations.add(Violation.of(field, "caseSettings.error.hours"));
                return null;
            }
            return value.multiply(BigDecimal.valueOf(60)).intValue();
        } catch (NumberFormatException e) {
            violations.add(Violation.of(field, "caseSettings.error.hours"));
            return null;
        }
    }

    private static <T> T parse(List<Violation> violations, String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeException | NumberFormatException e) {
            violations.add(Violation.of(field, "caseSettings.error.format"));
        }
        return null;
    }

    private static String saved(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return REDIRECT;
    }
}
