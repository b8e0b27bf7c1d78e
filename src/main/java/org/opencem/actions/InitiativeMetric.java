package org.opencem.actions;

/** The metric an initiative is meant to move: NPS (z-test) or the CSAT mean on 1–5 (Welch). */
public enum InitiativeMetric {
    NPS, CSAT
}
