package org.opencem.analytics;

import java.util.ArrayList;
import java.util.List;

import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;

/**
 * The tenant's weights of the CX health index components. They need not add up to 1: the index
 * renormalizes over the components that have data in each slice.
 */
public record HealthWeights(double nps, double csat, double ces, double netSentiment) {

    public static final HealthWeights DEFAULT = new HealthWeights(0.4, 0.3, 0.2, 0.1);

    /** Checks weights as input: each 0…1, and at least one above zero. */
    public static HealthWeights of(double nps, double csat, double ces, double netSentiment) {
        List<Violation> wrong = new ArrayList<>();
        check("nps", nps, wrong);
        check("csat", csat, wrong);
        check("ces", ces, wrong);
        check("netSentiment", netSentiment, wrong);
        if (wrong.isEmpty() && nps + csat + ces + netSentiment <= 0) {
            wrong.add(Violation.of("nps", "metrics.error.weightsAllZero"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return new HealthWeights(nps, csat, ces, netSentiment);
    }

    private static void check(String field, double weight, List<Violation> wrong) {
        if (Double.isNaN(weight) || weight < 0 || weight > 1) {
            wrong.add(Violation.of(field, "metrics.error.weightRange"));
        }
    }
}
