package org.opencem.actions.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.actions.AlertRecipients;
import org.opencem.actions.AlertRule;
import org.opencem.actions.AlertRuleInput;
import org.opencem.actions.AlertRules;
import org.opencem.actions.CasePriority;
import org.opencem.actions.ConditionGroup;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.RuleKind;
import org.opencem.actions.RuleTryOut;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Alert rules through the API, for tenant admins and CX managers. */
@RestController
@RequestMapping("/api/v1/alert-rules")
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')")
@Tag(name = "Alert rules", description = "Rules that open cases from feedback records or from weekly metrics")
class AlertRuleApi {

    private final AlertRules rules;
    private final MessageSource messages;

    AlertRuleApi(AlertRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The tenant's rules in the order they are tried (most urgent first); broken ones say why")
    List<RuleJson> list(CurrentUser me, Locale locale) {
        return rules.list(me).stream().map(r -> json(r, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule")
    RuleJson get(CurrentUser me, @PathVariable UUID id, Locale locale) {
        return json(rules.get(me, id), locale);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a rule", description = "kind FEEDBACK takes a condition tree, kind METRIC a metric. "
            + "Invalid fields are answered with 400 problem details listing each field.")
    RuleJson create(CurrentUser me, @RequestBody RuleBody body, Locale locale) {
        return json(rules.create(me, input(body)), locale);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a rule's settings (its kind stays)")
    RuleJson update(CurrentUser me, @PathVariable UUID id, @RequestBody RuleBody body, Locale locale) {
        return json(rules.update(me, id, input(body)), locale);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule; the cases it opened stay")
    void delete(CurrentUser me, @PathVariable UUID id) {
        rules.delete(me, id);
    }

    @PostMapping("/{id}/try")
    @Operation(summary = "What the stored rule would have opened over the last 30 days",
            description = "Opens nothing: the number of cases, the org units with the most, and a sample of comments.")
    RuleTryOut tryStored(CurrentUser me, @PathVariable UUID id) {
        return rules.tryOut(me, id);
    }

    @PostMapping("/try")
    @Operation(summary = "What a rule not yet saved would have opened over the last 30 days")
    RuleTryOut tryDraft(CurrentUser me, @RequestBody RuleBody body) {
        return rules.tryOut(me, input(body));
    }

    @PostMapping("/metric-check")
    @Operation(summary = "Run the metric rules for last week now, as the daily check does; at most one case per rule, subject and week")
    Map<String, Integer> checkMetrics(CurrentUser me) {
        return Map.of("opened", rules.checkMetricsNow(me));
    }

    private static AlertRuleInput input(RuleBody body) {
        if (body == null) {
            throw InvalidInputException.of("name", "rules.error.required");
        }
        return new AlertRuleInput(body.name(), body.enabled() == null || body.enabled(), body.priority(), body.kind(),
                body.conditions(), body.metric(), body.titleTemplate(), body.instruction(), body.recipients());
    }

    private RuleJson json(AlertRule rule, Locale locale) {
        return new RuleJson(rule.id(), rule.name(), rule.enabled(), rule.priority(), rule.kind(), rule.conditions(),
                rule.metric(), rule.titleTemplate(), rule.instruction(), rule.recipients(), rule.updatedAt(), rule.broken(),
                rule.problems().stream().map(v -> new ProblemJson(v.field(), v.messageKey(),
                        messages.getMessage(v.messageKey(), v.argsArray(), v.messageKey(), locale))).toList());
    }

    /** A rule as written by an API client; enabled defaults to true, kind to FEEDBACK, recipients to the case owner. */
    record RuleBody(String name, Boolean enabled, CasePriority priority, RuleKind kind, ConditionGroup conditions,
                    MetricAlertSpec metric, String titleTemplate, String instruction, AlertRecipients recipients) {
    }

    record RuleJson(UUID id, String name, boolean enabled, CasePriority priority, RuleKind kind, ConditionGroup conditions,
                    MetricAlertSpec metric, String titleTemplate, String instruction, AlertRecipients recipients,
                    OffsetDateTime updatedAt, boolean broken, List<ProblemJson> problems) {
    }

    /** Why a rule can never match, for the field (condition) at fault. */
    record ProblemJson(String field, String code, String message) {
    }
}
