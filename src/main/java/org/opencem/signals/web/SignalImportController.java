package org.opencem.signals.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.opencem.signals.internal.ImportPreview;
import org.opencem.signals.internal.SignalField;
import org.opencem.signals.internal.SignalImports;
import org.opencem.signals.internal.TopicMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload a file of signals, map its columns, and watch it being taken in: the progress page polls
 * while the worker runs, and can be left and opened again from the list of uploads.
 */
@Controller
class SignalImportController {

    private final SignalImports imports;
    private final TopicMessages topic;

    SignalImportController(SignalImports imports, TopicMessages topic) {
        this.imports = imports;
        this.topic = topic;
    }

    @GetMapping("/signals/import")
    String form(CurrentUser me, Model model) {
        return form(me, model, FeedbackSource.REVIEW, Map.of());
    }

    @PostMapping("/signals/import")
    String upload(CurrentUser me, @RequestParam(required = false) FeedbackSource source,
                  @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            UUID id = imports.upload(me, source, file == null ? null : file.getOriginalFilename(), content);
            return "redirect:/signals/import/" + id + "/mapping";
        } catch (InvalidInputException e) {
            return form(me, model, source, Violation.byField(e.violations()));
        }
    }

    private String form(CurrentUser me, Model model, FeedbackSource source, Map<String, Violation> errors) {
        model.addAttribute("sources", SignalsController.SOURCES);
        model.addAttribute("source", source);
        model.addAttribute("errors", errors);
        model.addAttribute("uploads", imports.recent(me, 20));
        model.addAttribute("deadLetters", me.managesConfiguration() ? topic.deadLetterCount(me.tenantId()) : 0);
        return "signals/import";
    }

    @GetMapping("/signals/import/{id}/mapping")
    String mapping(CurrentUser me, @PathVariable UUID id, Model model) {
        ImportPreview preview = imports.preview(me, id);
        if (preview.upload().status() != org.opencem.signals.internal.ImportView.Status.MAPPING) {
            return "redirect:/signals/import/" + id;
        }
        return mapping(me, model, preview, preview.mapping(), Map.of());
    }

    /** The form sends one {@code column<i>} per column of the file, naming a field's key or nothing. */
    @PostMapping("/signals/import/{id}/mapping")
    String start(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Map<Integer, SignalField> chosen = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("column") && !value.isBlank()) {
                try {
                    int column = Integer.parseInt(name.substring("column".length()));
                    for (SignalField field : SignalField.values()) {
                        if (field.key().equals(value)) {
                            chosen.put(column, field);
                        }
                    }
                } catch (NumberFormatException notAColumn) {
                    // another form field
                }
            }
        });
        try {
            imports.start(me, id, chosen);
            return "redirect:/signals/import/" + id;
        } catch (InvalidInputException e) {
            return mapping(me, model, imports.preview(me, id), chosen, Violation.byField(e.violations()));
        }
    }

    private String mapping(CurrentUser me, Model model, ImportPreview preview, Map<Integer, SignalField> chosen,
                           Map<String, Violation> errors) {
        model.addAttribute("preview", preview);
        model.addAttribute("chosen", chosen);
        model.addAttribute("fields", List.of(SignalField.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("deadLetters", me.managesConfiguration() ? topic.deadLetterCount(me.tenantId()) : 0);
        return "signals/mapping";
    }

    @GetMapping("/signals/import/{id}")
    String progress(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        model.addAttribute("upload", imports.get(me, id));
        if (Htmx.wantsFragment(htmx)) {
            return "signals/partials/progress :: progress";
        }
        model.addAttribute("deadLetters", me.managesConfiguration() ? topic.deadLetterCount(me.tenantId()) : 0);
        return "signals/progress";
    }
}
