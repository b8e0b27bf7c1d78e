package org.opencem.survey;

import java.util.UUID;

/** What a public link opens: the published version, attributed to an org unit and channel. */
public record LiveSurvey(String token, UUID tenantId, UUID surveyId, int version, UUID touchpointId,
                         UUID orgUnitId, String orgUnitName, String brandName, String channel, boolean open, SurveyDefinition definition) {
}
