package org.opencem.actions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.actions.AlertRule;
import org.opencem.actions.AlertRuleInput;
import org.opencem.actions.AlertRules;
import org.opencem.actions.CasePriority;
import org.opencem.actions.ConditionOperator;
import org.opencem.actions.ConditionType;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.RuleCondition;
import org.opencem.actions.RuleKind;
import org.opencem.actions.internal.rules.RuleContexts;
import org.opencem.actions.internal.rules.RuleValidation;
import org.opencem.feedback.FeedbackSource;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journeys;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.opencem.textanalytics.Sentiment;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert rules console for CX managers and admins: the list with on/off switches and what each
 * rule caught in the last 30 days, and the editor, whose condition rows are added, removed and
 * re-shaped in place, with a try-out of the rule as typed.
 */
@Controller
@RequestMapping("/cases/rules")
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')")
class AlertRuleController {

    /** Row numbers for rows added in place; any distinct numbers will do, these also keep their order. */
    private static final AtomicLong NEXT_ROW = new AtomicLong(System.currentTimeMillis());

    private final AlertRules rules;
    private final RuleContexts contexts;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final UserAccounts users;
    private final MessageSource messages;

    AlertRuleController(AlertRules rules, RuleContexts contexts, OrgUnits orgUnits, Journeys journeys, UserAccounts users,
                        MessageSource messages) {
        this.rules = rules;
        this.contexts = contexts;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.users = users;
        this.messages = messages;
    }

    @ModelAttribute("pageCss")
    List<String> pageCss() {
        return List.of("/css/rules.css");
    }

    @GetMapping
    String list(CurrentUser me, Model model) {
        model.addAttribute("rules", rules.list(me));
        model.addAttribute("matched", rules.matchedLast30Days(me));
        return "actions/rules";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(CurrentUser me, @PathVariable UUID id, @RequestParam boolean enabled, HtmxRequest htmx, Model model) {
        AlertRule rule = rules.setEnabled(me, id, enabled);
        if (!Htmx.wantsFragment(htmx)) {
            return "redirect:/cases/rules";
        }
        model.addAttribute("r", rule);
        model.addAttribute("matched", rules.matchedLast30Days(me));
        return "actions/partials/rule-row :: row";
    }

    @PostMapping("/check-metrics")
    String checkMetrics(CurrentUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("checked", rules.checkMetricsNow(me));
        return "redirect:/cases/rules";
    }

    @GetMapping("/new")
    String newRule(CurrentUser me, @RequestParam(defaultValue = "FEEDBACK") RuleKind kind, Locale locale, Model model) {
        String title = defaultTitle(kind == RuleKind.FEEDBACK ? kind.name() : MetricAlertSpec.Kind.NPS_DROP.name(), locale);
        return editor(me, AlertRuleForm.empty(kind, title), List.of(), List.of(), model);
    }

    /**
     * The editor again after the metric was switched, as typed; htmx takes the metric's fields from it,
     * and the title when it was still the other metric's default.
     */
    @GetMapping("/metric")
    String switchMetric(CurrentUser me, @RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        AlertRuleForm typed = AlertRuleForm.parse(null, RuleKind.METRIC, params);
        boolean untouched = typed.titleTemplate().isBlank() || java.util.Arrays.stream(MetricAlertSpec.Kind.values())
                .anyMatch(k -> defaultTitle(k.name(), locale).equals(typed.titleTemplate()));
        return editor(me, untouched ? typed.withTitle(defaultTitle(typed.metricKind(), locale)) : typed, List.of(), List.of(), model);
    }

    private String defaultTitle(String kind, Locale locale) {
        return messages.getMessage("rules.default.title." + kind, null, "{rule}", locale);
    }

    @PostMapping
    String create(CurrentUser me, @RequestParam(defaultValue = "FEEDBACK") RuleKind kind,
                  @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AlertRuleForm form = AlertRuleForm.parse(null, kind, params);
        List<Violation> errors = new ArrayList<>();
        AlertRuleInput input = form.input(errors);
        try {
            if (errors.isEmpty()) {
                AlertRule created = rules.create(me, input);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/cases/rules/" + created.id();
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
        return invalid(me, form, input, errors, model, response);
    }

    @GetMapping("/{id}")
    String edit(CurrentUser me, @PathVariable UUID id, Model model) {
        AlertRule rule = rules.get(me, id);
        return editor(me, AlertRuleForm.of(rule), List.of(), rule.problems(), model);
    }

    @PostMapping("/{id}")
    String update(CurrentUser me, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        AlertRule stored = rules.get(me, id);
        AlertRuleForm form = AlertRuleForm.parse(id, stored.kind(), params);
        List<Violation> errors = new ArrayList<>();
        AlertRuleInput input = form.input(errors);
        try {
            if (errors.isEmpty()) {
                rules.update(me, id, input);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/cases/rules/" + id;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
        return invalid(me, form, input, errors, model, response);
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        rules.delete(me, id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/cases/rules";
    }

    /** A condition row: a new one, or one re-shaped after its type or operator changed, keeping what was typed. */
    @GetMapping("/condition")
    String condition(CurrentUser me, @RequestParam(required = false) Long index,
                     @RequestParam MultiValueMap<String, String> params, Model model) {
        RuleCondition row;
        long at;
        if (index == null) {
            at = NEXT_ROW.incrementAndGet();
            row = new RuleCondition(ConditionType.SCORE, "NPS", ConditionOperator.LE, "", null, null);
        } else {
            at = index;
            AlertRuleForm typed = AlertRuleForm.parse(null, RuleKind.FEEDBACK, params);
            row = typed.rows().isEmpty() ? new RuleCondition(ConditionType.SCORE, "NPS", ConditionOperator.LE, "", null, null)
                    : typed.rows().get(0);
            row = withUsableOperator(row);
        }
        options(me, model);
        model.addAttribute("c", row);
        model.addAttribute("i", at);
        model.addAttribute("violations", Map.of());
        model.addAttribute("problems", Map.of());
        return "actions/partials/rule-condition :: row";
    }

    /** The try-out of the rule as it stands in the editor, saved or not. */
    @PostMapping("/try")
    String tryOut(CurrentUser me, @RequestParam(defaultValue = "FEEDBACK") RuleKind kind,
                  @RequestParam MultiValueMap<String, String> params, Model model) {
        List<Violation> errors = new ArrayList<>();
        AlertRuleInput input = AlertRuleForm.parse(null, kind, params).input(errors);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("result", rules.tryOut(me, input));
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            }
        }
        model.addAttribute("kind", kind);
        model.addAttribute("tryErrors", errors);
        return "actions/partials/rule-tryout :: tryout";
    }

    private String invalid(CurrentUser me, AlertRuleForm form, AlertRuleInput input, List<Violation> errors, Model model,
                           HttpServletResponse response) {
        List<Violation> all = new ArrayList<>(errors);
        all.addAll(RuleValidation.check(input));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editor(me, form, all, List.of(), model);
    }

    private String editor(CurrentUser me, AlertRuleForm form, List<Violation> errors, List<Violation> problems, Model model) {
        options(me, model);
        model.addAttribute("form", form);
        model.addAttribute("violations", Violation.byField(errors));
        model.addAttribute("problems", Violation.byField(problems));
        model.addAttribute("problemList", problems);
        model.addAttribute("priorities", CasePriority.values());
        model.addAttribute("metricKinds", MetricAlertSpec.Kind.values());
        model.addAttribute("bases", MetricAlertSpec.NegativeBasis.values());
        model.addAttribute("people", users.all(me.tenantId()));
        return "actions/rules-edit";
    }

    private void options(CurrentUser me, Model model) {
        model.addAttribute("conditionTypes", ConditionType.values());
        model.addAttribute("operators", Operators.all());
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        model.addAttribute("questionKeys", contexts.load(me.tenantId()).questionKeys());
        model.addAttribute("sources", FeedbackSource.values());
        model.addAttribute("sentiments", Sentiment.values());
    }

    /** A type change can leave an operator the new type does not take: pick the type's first. */
    private static RuleCondition withUsableOperator(RuleCondition row) {
        if (row.type() == null) {
            return row;
        }
        List<ConditionOperator> usable = Operators.of(row.type());
        ConditionOperator operator = usable.contains(row.operator()) ? row.operator() : usable.isEmpty() ? null : usable.get(0);
        String field = row.type() == ConditionType.SCORE && (row.field() == null || !List.of("NPS", "CSAT", "CES").contains(row.field()))
                ? "NPS" : row.field();
        return new RuleCondition(row.type(), field, operator, row.value(), row.to(), row.values());
    }
}
