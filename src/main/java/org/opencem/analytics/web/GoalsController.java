package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.analytics.Goal;
import org.opencem.analytics.Goals;
import org.opencem.analytics.ViewMetric;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Goals: everyone sees the goals in their scope with how far each has come; tenant admins and CX
 * managers add, change and remove them in the side panel, updated in place with htmx.
 */
@Controller
@RequestMapping("/analytics/goals")
class GoalsController {

    private static final String PAGE = "analytics/goals";
    private static final String FRAGMENT = "analytics/goals :: goals";

    private final Goals goals;
    private final GoalsBoard board;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final Clock clock;
    private final ZoneId zone;

    GoalsController(Goals goals, GoalsBoard board, OrgUnits orgUnits, Departments departments, Clock clock,
                    @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.goals = goals;
        this.board = board;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String list(CurrentUser me, HtmxRequest htmx, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        UUID top = orgUnits.scopeRoots(me.scope()).stream().findFirst().map(OrgUnit::id).orElse(null);
        LocalDate quarterStart = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        return page(me, model, htmx, null, GoalForm.empty(top, quarterStart, quarterStart.plusMonths(3).minusDays(1)),
                Map.of());
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        requireManager(me);
        Goal goal = goals.get(me.scope(), id);
        return page(me, model, htmx, goal, GoalForm.of(goal), Map.of());
    }

    @PostMapping
    ModelAndView create(CurrentUser me, GoalForm form, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        requireManager(me);
        try {
            goals.create(me, form.toInput());
        } catch (InvalidInputException e) {
            return new ModelAndView(page(me, model, htmx, null, form, Violation.byField(e.violations())));
        }
        return saved(htmx, redirect, "analytics.goal.created");
    }

    @PostMapping("/{id}")
    ModelAndView update(CurrentUser me, @PathVariable UUID id, GoalForm form, HtmxRequest htmx, Model model,
                  RedirectAttributes redirect) {
        requireManager(me);
        Goal goal = goals.get(me.scope(), id);
        try {
            goals.update(me, id, form.toInput());
        } catch (InvalidInputException e) {
            return new ModelAndView(page(me, model, htmx, goal, form, Violation.byField(e.violations())));
        }
        return saved(htmx, redirect, "analytics.goal.saved");
    }

    @PostMapping("/{id}/delete")
    ModelAndView delete(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
        goals.delete(me, id);
        return saved(htmx, redirect, "analytics.goal.deleted");
    }

    private String page(CurrentUser me, Model model, HtmxRequest htmx, Goal editing, GoalForm form,
                        Map<String, Violation> violations) {
        model.addAttribute("rows", board.rows(me.scope(), goals.list(me.scope())));
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("violations", violations);
        model.addAttribute("metrics", ViewMetric.values());
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("departmentList", departments.all(me.tenantId()));
        model.addAttribute("pageCss", List.of("/css/analytics.css"));
        return Htmx.wantsFragment(htmx) ? FRAGMENT : PAGE;
    }

    /** Back to the list: htmx is told to load it (HX-Redirect), a plain form post is redirected. */
    private static ModelAndView saved(HtmxRequest htmx, RedirectAttributes redirect, String noticeKey) {
        redirect.addFlashAttribute("notice", noticeKey);
        return new ModelAndView(htmx.isHtmxRequest() ? new HtmxRedirectView("/analytics/goals")
                : new RedirectView("/analytics/goals", true));
    }

    private static void requireManager(CurrentUser me) {
        if (!me.managesConfiguration()) {
            throw new AccessDeniedException("Only tenant admins and CX managers set goals");
        }
    }
}
