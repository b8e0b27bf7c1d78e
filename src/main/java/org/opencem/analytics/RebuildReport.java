package org.opencem.analytics;

import java.util.List;
import java.util.UUID;

/**
 * What a rollup rebuild or check found: how many rollup rows the records make, how many of the
 * stored rows differed from them (or were missing or left over) before the rebuild, a few of those
 * differences described, and how long it took.
 */
public record RebuildReport(UUID tenantId, boolean rebuilt, long rows, long mismatches, List<String> examples,
                            long millis) {

    public RebuildReport {
        examples = List.copyOf(examples);
    }

    public boolean matches() {
        return mismatches == 0;
    }
}
