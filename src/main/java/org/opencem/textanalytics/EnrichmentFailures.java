package org.opencem.textanalytics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.platform.Scope;

/**
 * Comments whose analysis failed and is being retried, for the admins' text settings page.
 * Implemented by the module that stores the comments (feedback), so this one needs not know it.
 */
public interface EnrichmentFailures {

    record Failure(UUID recordId, OffsetDateTime occurredAt, String comment, String error) {
    }

    List<Failure> recent(Scope scope, int limit);
}
