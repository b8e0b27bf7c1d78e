package org.opencem.textanalytics.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.Taxonomy;
import org.opencem.textanalytics.TextCorrections;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the correction controls that pages showing a comment include
 * ({@code textanalytics/partials/correction :: control(subjectId, sentiment, topicNames)}): whoever
 * may see the comment may correct its sentiment or pick its topic from the tenant's taxonomy.
 */
@Controller
class TextCorrectionController {

    private final TextCorrections corrections;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    TextCorrectionController(TextCorrections corrections, Taxonomy taxonomy, MessageSource messages) {
        this.corrections = corrections;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @PostMapping("/text/corrections/{subjectId}")
    String correct(CurrentUser me, @PathVariable UUID subjectId, @RequestParam String kind, @RequestParam String label,
                   Model model, Locale locale, HttpServletResponse response) {
        TextCorrections.Correction correction;
        try {
            correction = corrections.correct(me, subjectId, kind, label);
        } catch (InvalidInputException e) {
            // a topic deleted since the page was drawn, say
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", e.violations().get(0));
            model.addAttribute("kind", kind);
            return "textanalytics/partials/correction :: failed";
        }
        model.addAttribute("correction", correction);
        // what the person picked, as the picker named it
        model.addAttribute("shown", ModelInfo.TOPIC.equals(correction.kind())
                ? taxonomy.names(me.tenantId(), locale).getOrDefault(correction.label(), correction.label())
                : messages.getMessage("text.sentiment." + correction.label(), null, correction.label(), locale));
        return "textanalytics/partials/correction :: done";
    }
}
