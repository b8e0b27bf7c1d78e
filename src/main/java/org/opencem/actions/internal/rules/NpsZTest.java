package org.opencem.actions.internal.rules;

/**
 * Whether the NPS of two independent samples differs by more than chance: a two-sample z-test on
 * the per-response scores, +1 for a promoter, 0 for a passive, −1 for a detractor. Each sample's
 * mean is (P − D) / n, its variance p + d − (p − d)², as for the NPS interval.
 */
public final class NpsZTest {

    /** Two-sided, 95%. */
    public static final double CRITICAL = 1.959964;

    private NpsZTest() {
    }

    public record Sample(int n, int promoters, int detractors) {

        public double nps() {
            return 100.0 * (promoters - detractors) / n;
        }

        double mean() {
            return (double) (promoters - detractors) / n;
        }

        double variance() {
            double p = (double) promoters / n;
            double d = (double) detractors / n;
            return p + d - (p - d) * (p - d);
        }
    }

    /** z of the change from {@code before} to {@code after}; negative when the NPS fell. */
    public static double z(Sample before, Sample after) {
        double difference = after.mean() - before.mean();
        double se = Math.sqrt(before.variance() / before.n() + after.variance() / after.n());
        if (se == 0) {
            return difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return difference / se;
    }

    public static boolean significant(Sample before, Sample after) {
        return Math.abs(z(before, after)) >= CRITICAL;
    }
}
