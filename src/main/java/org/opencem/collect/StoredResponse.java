package org.opencem.collect;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A response as stored: the answers keyed by question, against the survey version answered. */
public record StoredResponse(UUID tenantId, UUID id, UUID surveyId, int surveyVersion, UUID orgUnitId,
                             String orgUnitName, UUID touchpointId, String channel, String locale,
                             Map<String, Object> answers, OffsetDateTime submittedAt) {
}
