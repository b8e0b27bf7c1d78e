package org.opencem.collect.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencem.collect.ResponseIntake;
import org.opencem.collect.Submission;
import org.opencem.platform.Ids;
import org.opencem.survey.LiveSurvey;
import org.opencem.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.Controller;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The customer's page behind a public link: server-rendered, no script, no third-party request.
 * It is the hottest path of the product, so it is routed by {@link RespondentRoutes} straight
 * from the URL prefix instead of being matched against every annotated mapping.
 */
@Component
class RespondentController implements Controller {

    private final Surveys surveys;
    private final ResponseIntake intake;

    RespondentController(Surveys surveys, ResponseIntake intake) {
        this.surveys = surveys;
        this.intake = intake;
    }

    @Override
    public ModelAndView handleRequest(HttpServletRequest request, HttpServletResponse response) {
        String[] path = request.getRequestURI().substring(request.getContextPath().length()).split("/");
        String token = path.length > 2 ? path[2] : "";
        boolean thanks = path.length > 3 && "thanks".equals(path[3]);
        Locale locale = RequestContextUtils.getLocale(request);
        LiveSurvey survey = surveys.live(token).orElse(null);
        if (survey == null || (!survey.open() && !thanks)) {
            return unavailable(survey, response);
        }
        if (thanks) {
            return new ModelAndView("collect/thanks", Map.of("survey", survey, "lang", locale));
        }
        if ("POST".equals(request.getMethod())) {
            return submit(survey, form(request), locale, response);
        }
        String personal = request.getParameter(ResponseIntake.PERSONAL_REF);
        return form(survey, locale, personal == null ? Map.of() : Map.of(ResponseIntake.PERSONAL_REF, personal), Map.of());
    }

    private ModelAndView submit(LiveSurvey survey, Map<String, String> form, Locale locale, HttpServletResponse response) {
        Submission submission = intake.submit(survey, form, locale);
        if (submission.accepted()) {
            return new ModelAndView("redirect:/s/" + survey.token() + "/thanks?lang=" + locale.toLanguageTag());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(survey, locale, form, submission.errors());
    }

    private ModelAndView form(LiveSurvey survey, Locale locale, Map<String, String> values, Map<String, String> errors) {
        String responseId = values.getOrDefault(ResponseIntake.RESPONSE_ID, Ids.newId().toString());
        // a personal link already knows who answers: no need to ask for contact details
        boolean personal = intake.personalRef(survey, values) != null;
        return new ModelAndView("collect/respond", Map.of("survey", survey, "lang", locale, "values", values,
                "errors", errors, "responseId", responseId, "personal", personal));
    }

    /** Unknown links answer 404, closed surveys 410 Gone, both with a friendly page. */
    private static ModelAndView unavailable(LiveSurvey survey, HttpServletResponse response) {
        response.setStatus(survey == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        Map<String, Object> model = new HashMap<>();
        model.put("closed", survey != null);
        return new ModelAndView("collect/unavailable", model);
    }

    private static Map<String, String> form(HttpServletRequest request) {
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length > 0 ? values[0] : null));
        return form;
    }
}
