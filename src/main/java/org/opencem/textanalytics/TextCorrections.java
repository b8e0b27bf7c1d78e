package org.opencem.textanalytics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.CurrentUser;

/**
 * People correcting what text analytics said about a comment: its sentiment or its topic. The
 * corrections are training data for the tenant's next models and replace the label a score
 * would have given. Pages include the controls
 * {@code textanalytics/partials/correction :: control(subjectId, sentiment, topicNames)}.
 */
public interface TextCorrections {

    /** One person's correction. {@code label} is a sentiment ("positive", "neutral", "negative") or a topic code. */
    record Correction(UUID subjectId, String kind, String label, String text, String correctedBy) {
    }

    /**
     * Stores a correction of a comment the user may see (in their scope), replacing an earlier one of the same kind.
     *
     * @throws org.opencem.platform.NotFoundException when the comment is not in the user's scope
     * @throws org.opencem.platform.InvalidInputException for an unknown sentiment or topic
     */
    Correction correct(CurrentUser user, UUID subjectId, String kind, String label);

    Optional<Correction> find(UUID tenantId, UUID subjectId, String kind);

    List<Correction> all(UUID tenantId, String kind);
}
