package org.opencem.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.platform.Violation;

/**
 * What a rule would have done over a recent period: how many cases it would have opened, where
 * most of them, and a sample of what the customers said; or, for a broken rule, why none.
 */
public record RuleTryOut(int days, int examined, int cases, List<UnitCount> topUnits, List<Sample> samples,
                         List<Violation> problems) {

    public RuleTryOut {
        topUnits = List.copyOf(topUnits);
        samples = List.copyOf(samples);
        problems = List.copyOf(problems);
    }

    public record UnitCount(UUID orgUnitId, String name, int cases) {
    }

    /** One would-be case: for feedback rules the record's comment, for metric rules the figures. */
    public record Sample(UUID feedbackId, String orgUnitName, OffsetDateTime at, Integer nps, String text) {
    }
}
