package org.opencem.analytics.web;

import java.util.List;

import org.opencem.journey.TouchpointRef;

/**
 * Key drivers of NPS: each touchpoint's share of the explained variance (Shapley decomposition of
 * R², as percentages) against its performance (CSAT top-2-box over the period), placed in a
 * quadrant. {@code basis} says what an observation is; {@code customersRatingSeveral} is why.
 */
public record DriverView(Basis basis, int observations, int minObservations, int customersRatingSeveral,
                         Double rSquared, List<Driver> drivers, double importanceSplit, double performanceSplit) {

    public enum Basis {
        /** One observation per customer who answered NPS and rated the touchpoints. */
        CUSTOMER,
        /** One observation per store (leaf unit) and week: NPS against each touchpoint's CSAT. */
        UNIT_WEEK
    }

    public enum Quadrant {
        FIX_FIRST, KEEP_UP, WATCH, MAINTAIN
    }

    public record Driver(TouchpointRef touchpoint, double importance, Double performance, long performanceN,
                         Quadrant quadrant) {
    }

    public boolean enoughData() {
        return rSquared != null;
    }
}
