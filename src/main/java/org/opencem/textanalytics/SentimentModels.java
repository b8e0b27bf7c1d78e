package org.opencem.textanalytics;

import java.util.List;
import java.util.UUID;

/**
 * A tenant's own sentiment model. Until one is trained, text analytics uses the built-in
 * word-list baseline.
 */
public interface SentimentModels {

    /**
     * Trains on labelled texts (labels "positive", "negative" and optionally "neutral"), measures
     * accuracy on a held-out fifth, stores the model and uses it from then on.
     *
     * @throws IllegalArgumentException with fewer than {@link #MINIMUM_EXAMPLES} examples or only one label
     */
    ModelInfo train(UUID tenantId, List<LabeledText> examples);

    ModelInfo current(UUID tenantId);

    int MINIMUM_EXAMPLES = 50;
}
