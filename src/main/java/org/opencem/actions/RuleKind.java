package org.opencem.actions;

/** What an alert rule watches: each feedback record as it arrives, or a metric week by week. */
public enum RuleKind {
    FEEDBACK, METRIC
}
