package org.opencem.analytics;

import java.util.UUID;

/**
 * The rollups behind every metric. They are kept up to date as feedback is dispatched; these
 * recompute a tenant's from its feedback records and report where the stored ones differed.
 */
public interface Rollups {

    /** Compares the stored rollups with the records, changing nothing. */
    RebuildReport verify(UUID tenantId);

    /** Compares, then replaces the tenant's rollups with those computed from its records. */
    RebuildReport rebuild(UUID tenantId);
}
