package org.opencem.collect;

import java.util.Map;
import java.util.UUID;

/**
 * The outcome of a respondent's submit: the stored response's id, or the message key of what
 * is wrong with each field (nothing is stored then).
 */
public record Submission(UUID responseId, Map<String, String> errors) {

    public boolean accepted() {
        return responseId != null;
    }
}
