package org.opencem.actions;

import java.time.OffsetDateTime;

/** One entry of a case's history: opened, assigned, a note, started, resolved. */
public record CaseActivity(String kind, String actorName, String body, OffsetDateTime at) {
}
