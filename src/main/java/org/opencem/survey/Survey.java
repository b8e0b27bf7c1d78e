package org.opencem.survey;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A survey as its owners see it: the draft being edited and, once published, its live version. */
public record Survey(UUID tenantId, UUID id, String name, SurveyTemplate template, UUID touchpointId,
                     SurveyStatus status, SurveyDefinition draft, Integer publishedVersion, OffsetDateTime updatedAt) {

    public boolean hasUnpublishedChanges(SurveyDefinition published) {
        return published == null || !published.equals(draft);
    }
}
