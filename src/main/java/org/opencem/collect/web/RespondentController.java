package org.opencem.collect.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.opencem.collect.ResponseIntake;
import org.opencem.collect.Submission;
import org.opencem.survey.LiveSurvey;
import org.opencem.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer's page behind a public link: server-rendered, no script, no third-party request. */
@Controller
@RequestMapping("/s/{token}")
class RespondentController {

    private final Surveys surveys;
    private final ResponseIntake intake;

    RespondentController(Surveys surveys, ResponseIntake intake) {
        this.surveys = surveys;
        this.intake = intake;
    }

    @GetMapping
    String show(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        LiveSurvey survey = surveys.live(token).orElse(null);
        if (survey == null || !survey.open()) {
            return unavailable(survey, model, response);
        }
        return form(survey, locale, Map.of(), Map.of(), model);
    }

    @PostMapping
    String submit(@PathVariable String token, @RequestParam Map<String, String> form, Locale locale, Model model,
                  HttpServletResponse response) {
        LiveSurvey survey = surveys.live(token).orElse(null);
        if (survey == null || !survey.open()) {
            return unavailable(survey, model, response);
        }
        Submission submission = intake.submit(survey, form, locale);
        if (submission.accepted()) {
            return "redirect:/s/" + token + "/thanks?lang=" + locale.toLanguageTag();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(survey, locale, form, submission.errors(), model);
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        LiveSurvey survey = surveys.live(token).orElse(null);
        if (survey == null) {
            return unavailable(null, model, response);
        }
        model.addAttribute("survey", survey);
        model.addAttribute("lang", locale);
        return "collect/thanks";
    }

    private String form(LiveSurvey survey, Locale locale, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("lang", locale);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "collect/respond";
    }

    /** Unknown links answer 404, closed surveys 410 Gone, both with a friendly page. */
    private String unavailable(LiveSurvey survey, Model model, HttpServletResponse response) {
        response.setStatus(survey == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("closed", survey != null);
        model.addAttribute("survey", survey);
        return "collect/unavailable";
    }
}
