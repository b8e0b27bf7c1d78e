package org.opencem.textanalytics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.Scope;

/**
 * Where a tenant's own labelled comments come from: the module that stores comments (feedback)
 * implements this, so text analytics trains on them without depending on it.
 */
public interface TrainingSource {

    /** Tenants with comments to learn from. */
    List<UUID> tenantIds();

    /**
     * Comments labelled by their scores, newest first: a detractor's (NPS 0–6) or a CSAT 1–2
     * comment is negative, a promoter's (9–10) or CSAT 4–5 positive.
     */
    List<LabeledText> sentimentExamples(UUID tenantId, int limit);

    /** A comment's text when it is in the scope, for a correction of it. */
    Optional<String> comment(Scope scope, UUID subjectId);
}
