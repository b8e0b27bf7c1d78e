package org.opencem.textanalytics.web;

import java.util.UUID;

import org.opencem.platform.CurrentUser;
import org.opencem.textanalytics.TextCorrections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the correction control that pages showing a comment include
 * ({@code textanalytics/partials/correction :: control(subjectId, sentiment)}): whoever may see
 * the comment may correct its sentiment or topic.
 */
@Controller
class TextCorrectionController {

    private final TextCorrections corrections;

    TextCorrectionController(TextCorrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/text/corrections/{subjectId}")
    String correct(CurrentUser me, @PathVariable UUID subjectId, @RequestParam String kind, @RequestParam String label,
                   Model model) {
        model.addAttribute("correction", corrections.correct(me, subjectId, kind, label));
        return "textanalytics/partials/correction :: done";
    }
}
