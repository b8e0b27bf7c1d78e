package org.opencem.actions;

import java.util.UUID;

/**
 * A metric rule, checked week by week (Monday to Sunday in the reporting time zone).
 * NPS_DROP: a unit's NPS fell by more than {@code points} against the week before, and the fall is
 * significant. NEGATIVE_SHARE: a touchpoint's share of detractors or of negative comments rose above
 * {@code threshold} percent. Weeks with fewer than {@code minResponses} answers are not judged;
 * {@code unitId}, when set, limits the rule to that subtree.
 */
public record MetricAlertSpec(Kind kind, Double points, Double threshold, NegativeBasis basis, Integer minResponses,
                              UUID unitId) {

    public static final int DEFAULT_MIN_RESPONSES = 30;

    public int minimumResponses() {
        return minResponses == null ? DEFAULT_MIN_RESPONSES : minResponses;
    }

    public enum Kind {
        NPS_DROP, NEGATIVE_SHARE
    }

    public enum NegativeBasis {
        DETRACTORS, NEGATIVE_SENTIMENT
    }
}
