package org.opencem.textanalytics;

import java.util.List;
import java.util.UUID;

/** Analyses texts with the tenant's taxonomy and sentiment model (or the baseline). */
public interface TextAnalytics {

    TextInsight analyze(UUID tenantId, String text);

    /** The same, for a batch, in order; cheaper per text than one call each. */
    List<TextInsight> analyzeAll(UUID tenantId, List<String> texts);
}
