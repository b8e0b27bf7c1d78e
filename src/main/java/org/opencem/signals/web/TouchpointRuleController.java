package org.opencem.signals.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.feedback.FeedbackSource;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.signals.internal.TopicMessages;
import org.opencem.signals.internal.TouchpointRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's rules putting signals on touchpoints: by source, category and keyword. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')")
class TouchpointRuleController {

    private final TouchpointRules rules;
    private final Journeys journeys;
    private final TopicMessages topic;

    TouchpointRuleController(TouchpointRules rules, Journeys journeys, TopicMessages topic) {
        this.rules = rules;
        this.journeys = journeys;
        this.topic = topic;
    }

    @GetMapping("/signals/rules")
    String list(CurrentUser me, Model model) {
        return page(me, model, Map.of(), null, "", "", null);
    }

    @PostMapping("/signals/rules")
    String add(CurrentUser me, @RequestParam(required = false) FeedbackSource source,
               @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String keyword,
               @RequestParam(required = false) UUID touchpoint, Model model) {
        try {
            rules.add(me.tenantId(), source, category, keyword, touchpoint);
            return "redirect:/signals/rules";
        } catch (InvalidInputException e) {
            return page(me, model, Violation.byField(e.violations()), source, category, keyword, touchpoint);
        }
    }

    @PostMapping("/signals/rules/{id}/delete")
    String delete(CurrentUser me, @PathVariable UUID id) {
        rules.delete(me.tenantId(), id);
        return "redirect:/signals/rules";
    }

    private String page(CurrentUser me, Model model, Map<String, Violation> errors, FeedbackSource source,
                        String category, String keyword, UUID touchpoint) {
        model.addAttribute("rules", rules.all(me.tenantId()));
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        model.addAttribute("touchpointLabels", journeys.touchpoints(me.tenantId()).stream()
                .collect(Collectors.toMap(TouchpointRef::id, TouchpointRef::label)));
        model.addAttribute("sources", SignalsController.SOURCES);
        model.addAttribute("errors", errors);
        model.addAttribute("form", new RuleForm(source, category, keyword, touchpoint));
        model.addAttribute("deadLetters", topic.deadLetterCount(me.tenantId()));
        return "signals/rules";
    }

    /** What was typed, shown again beside the errors. */
    record RuleForm(FeedbackSource source, String category, String keyword, UUID touchpoint) {
    }
}
