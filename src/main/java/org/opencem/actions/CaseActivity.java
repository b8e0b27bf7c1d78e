package org.opencem.actions;

import java.time.OffsetDateTime;

/**
 * One entry of a case's history: opened, assigned, a note, a status change, a reminder, an
 * escalation. {@code targetName} is who it was assigned, escalated or mentioned to; {@code dueAt} the due time it set.
 */
public record CaseActivity(String kind, String actorName, String body, String targetName, OffsetDateTime dueAt,
                           OffsetDateTime at) {
}
