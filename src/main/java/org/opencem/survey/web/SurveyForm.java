package org.opencem.survey.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.opencem.survey.SurveyTemplate;

/** What the "new survey" form posts; kept as typed when it comes back with errors. */
record SurveyForm(String name, SurveyTemplate template, UUID touchpointId, Boolean withCsat) {

    static final int NAME_MAX = 200;

    static SurveyForm empty() {
        return new SurveyForm("", SurveyTemplate.NPS, null, true);
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "common.required");
        } else if (name.length() > NAME_MAX) {
            errors.put("name", "survey.error.nameTooLong");
        }
        if (template == null) {
            errors.put("template", "common.required");
        }
        if (touchpointId == null) {
            errors.put("touchpointId", "survey.error.touchpoint");
        }
        return errors;
    }
}
