package org.opencem.textanalytics.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.opencem.textanalytics.EnrichmentFailures;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.SentimentModels;
import org.opencem.textanalytics.Taxonomy;
import org.opencem.textanalytics.TextModelTraining;
import org.opencem.textanalytics.Topic;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admins' text analytics settings: which sentiment model is in use and how good it is, a
 * retrain button, the topic taxonomy to edit, and comments whose analysis failed.
 */
@Controller
@RequestMapping("/settings/text")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class TextSettingsController {

    private static final int FAILURES_SHOWN = 20;

    private final SentimentModels sentimentModels;
    private final TextModelTraining training;
    private final Taxonomy taxonomy;
    private final List<EnrichmentFailures> failures;

    TextSettingsController(SentimentModels sentimentModels, TextModelTraining training, Taxonomy taxonomy,
                           List<EnrichmentFailures> failures) {
        this.sentimentModels = sentimentModels;
        this.training = training;
        this.taxonomy = taxonomy;
        this.failures = failures;
    }

    @GetMapping
    String page(CurrentUser me, Model model, HtmxRequest htmx) {
        model.addAttribute("sentiment", sentimentModels.current(me.tenantId()));
        addTopics(me, model);
        model.addAttribute("failures", failures.stream().flatMap(f -> f.recent(me.scope(), FAILURES_SHOWN).stream()).toList());
        model.addAttribute("form", Map.of());
        return Htmx.wantsFragment(htmx) ? "textanalytics/settings :: #page" : "textanalytics/settings";
    }

    @PostMapping("/retrain")
    String retrain(CurrentUser me, Model model) {
        TextModelTraining.Retrained retrained = training.retrain(me.tenantId());
        model.addAttribute("sentiment", retrained.sentiment());
        model.addAttribute("topicModel", retrained.topics());
        model.addAttribute("retrained", true);
        return "textanalytics/partials/model :: model";
    }

    @PostMapping("/topics")
    String saveTopic(CurrentUser me, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        try {
            taxonomy.save(me.tenantId(), new Topic(form.getOrDefault("code", ""), null, form.getOrDefault("nameZh", ""),
                    form.getOrDefault("nameEn", ""), words(form.get("keywordsZh")), words(form.get("keywordsEn"))));
            model.addAttribute("form", Map.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", form);
            model.addAttribute("errors", Violation.byField(e.violations()));
        }
        addTopics(me, model);
        return "textanalytics/partials/taxonomy :: taxonomy";
    }

    @PostMapping("/topics/{code}/delete")
    String deleteTopic(CurrentUser me, @PathVariable String code, Model model) {
        taxonomy.delete(me.tenantId(), code);
        model.addAttribute("form", Map.of());
        addTopics(me, model);
        return "textanalytics/partials/taxonomy :: taxonomy";
    }

    private void addTopics(CurrentUser me, Model model) {
        model.addAttribute("topics", taxonomy.topics(me.tenantId()));
        if (!model.containsAttribute("topicModel")) {
            model.addAttribute("topicModel", ModelInfo.baseline(ModelInfo.TOPIC));
        }
    }

    /** Keywords as typed: separated by commas (either width), Chinese enumeration commas or new lines. */
    static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,，、\\n]")).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
