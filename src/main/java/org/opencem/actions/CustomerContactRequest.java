package org.opencem.actions;

import java.util.UUID;

/**
 * A message to the customer as the handler edited it. {@code followUpSurveyId}, when set, adds a
 * personal link to that survey carrying the case, in place of {link} or at the end.
 */
public record CustomerContactRequest(ContactChannel channel, String subject, String body, UUID followUpSurveyId) {
}
