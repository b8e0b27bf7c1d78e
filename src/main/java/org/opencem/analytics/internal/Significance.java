package org.opencem.analytics.internal;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The tests DOMAIN.md names for a change between two periods, two-sided at 5%. Each needs at
 * least two answers on both sides; with no spread at all on either side, a difference is certain
 * and no difference is none.
 */
final class Significance {

    static final double ALPHA = 0.05;
    static final double Z95 = 1.96;
    private static final NormalDistribution NORMAL = new NormalDistribution();

    private Significance() {
    }

    /** A test's statistic (null when infinite) and its two-sided p-value. */
    record Outcome(String test, Double statistic, double pValue) {
        boolean significant() {
            return pValue < ALPHA;
        }
    }

    /**
     * Two-sample z-test on per-answer scores, given each side's mean and standard error of the
     * mean: NPS and net sentiment on +1 / 0 / −1 (scaled by 100 on both, which leaves z unchanged).
     */
    static Outcome zOnScores(double mean1, double se1, long n1, double mean2, double se2, long n2) {
        if (n1 < 2 || n2 < 2) {
            return null;
        }
        return normal("z-score", mean1 - mean2, Math.sqrt(se1 * se1 + se2 * se2));
    }

    /** Welch's t-test on two means with their sample variances (n − 1 in the denominator). */
    static Outcome welch(double mean1, double variance1, long n1, double mean2, double variance2, long n2) {
        if (n1 < 2 || n2 < 2) {
            return null;
        }
        double a = variance1 / n1;
        double b = variance2 / n2;
        double se = Math.sqrt(a + b);
        double difference = mean1 - mean2;
        if (se == 0) {
            return degenerate("welch-t", difference);
        }
        double t = difference / se;
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        double p = 2 * (1 - new TDistribution(null, df).cumulativeProbability(Math.abs(t)));
        return new Outcome("welch-t", t, p);
    }

    /** Two-proportion z-test with the pooled share under the null hypothesis. */
    static Outcome twoProportions(long hits1, long n1, long hits2, long n2) {
        if (n1 < 2 || n2 < 2) {
            return null;
        }
        double pooled = (double) (hits1 + hits2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return normal("two-proportion-z", (double) hits1 / n1 - (double) hits2 / n2, se);
    }

    private static Outcome normal(String test, double difference, double se) {
        if (se == 0) {
            return degenerate(test, difference);
        }
        double z = difference / se;
        return new Outcome(test, z, 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z))));
    }

    private static Outcome degenerate(String test, double difference) {
        return difference == 0 ? new Outcome(test, 0.0, 1.0) : new Outcome(test, null, 0.0);
    }

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom, for a mean's interval. */
    static double t975(long df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }
}
