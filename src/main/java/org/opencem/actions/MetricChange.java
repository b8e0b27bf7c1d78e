package org.opencem.actions;

import java.time.LocalDate;

/**
 * An initiative's metric in the period before it started and since, each with its n, and whether
 * the change is significant (p below 0.05; null p when a side has fewer than two answers).
 */
public record MetricChange(InitiativeMetric metric, Period before, Period after, Double difference, Double pValue,
                           boolean significant) {

    /** A period's value: NPS (−100…100) or the CSAT mean (1–5); null when nobody answered. */
    public record Period(LocalDate from, LocalDate to, int n, Double value) {
    }
}
