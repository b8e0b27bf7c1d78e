package org.opencem.survey;

import java.util.UUID;

public record SurveyLink(String token, UUID surveyId, UUID orgUnitId, String channel) {

    public String path() {
        return "/s/" + token;
    }
}
