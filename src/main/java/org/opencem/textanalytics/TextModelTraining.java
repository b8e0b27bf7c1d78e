package org.opencem.textanalytics;

import java.util.UUID;

/** Retrains a tenant's models from its own comments and corrections, nightly or on demand. */
public interface TextModelTraining {

    /** What a retrain did: the sentiment model now in use, and the topic model (baseline when too few corrections). */
    record Retrained(ModelInfo sentiment, ModelInfo topics) {
    }

    Retrained retrain(UUID tenantId);
}
