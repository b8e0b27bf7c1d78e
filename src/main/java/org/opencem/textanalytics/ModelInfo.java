package org.opencem.textanalytics;

import java.time.OffsetDateTime;

/**
 * Which model a tenant's texts are classified with: its own trained one, or the built-in
 * baseline ({@code trained} false, no figures).
 */
public record ModelInfo(String kind, boolean trained, int examples, Double heldOutAccuracy, OffsetDateTime trainedAt) {

    public static final String SENTIMENT = "SENTIMENT";
    public static final String TOPIC = "TOPIC";

    public static ModelInfo baseline(String kind) {
        return new ModelInfo(kind, false, 0, null, null);
    }
}
