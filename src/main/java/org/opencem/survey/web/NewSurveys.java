package org.opencem.survey.web;

import java.util.Map;
import java.util.Optional;

import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.platform.CurrentUser;
import org.opencem.survey.Survey;
import org.opencem.survey.Surveys;
import org.springframework.stereotype.Component;

/** Checks a new survey's form (the touchpoint must be the tenant's) and creates it: for the page and the API. */
@Component
class NewSurveys {

    private final Surveys surveys;
    private final Journeys journeys;

    NewSurveys(Surveys surveys, Journeys journeys) {
        this.surveys = surveys;
        this.journeys = journeys;
    }

    /** The created survey, or the field errors (message keys) and nothing created. */
    Result create(CurrentUser me, SurveyForm form) {
        Map<String, String> errors = form.errors();
        Optional<TouchpointRef> touchpoint = Optional.ofNullable(form.touchpointId())
                .flatMap(id -> journeys.touchpoints(me.tenantId()).stream().filter(t -> t.id().equals(id)).findFirst());
        if (form.touchpointId() != null && touchpoint.isEmpty()) {
            errors.put("touchpointId", "survey.error.touchpoint");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(surveys.create(me.tenantId(), form.name(), form.template(), form.touchpointId(),
                touchpoint.get().name(), Boolean.TRUE.equals(form.withCsat())), Map.of());
    }

    record Result(Survey survey, Map<String, String> errors) {
    }
}
