package org.opencem.analytics;

/** A tenant's analytics settings: below {@code minSample} answers a value is marked a small sample. */
public record AnalyticsSettings(int minSample, HealthWeights weights) {
}
