package org.opencem.actions.internal.initiative;

/**
 * Whether a metric changed between two periods, by the tests DOMAIN.md names: for NPS a two-sample
 * z-test on the per-response scores (+1 promoter, 0 passive, −1 detractor); for means Welch's
 * t-test. Both two-sided; "significant" means p below 0.05.
 */
public final class ChangeTest {

    public static final double ALPHA = 0.05;

    private ChangeTest() {
    }

    /** The outcome: the test statistic and its two-sided p-value; NaN when a side has too few answers. */
    public record Result(double statistic, double pValue) {

        public boolean significant() {
            return !Double.isNaN(pValue) && pValue < ALPHA;
        }
    }

    /** NPS before (promoters, detractors, n) against after. */
    public static Result nps(int promotersBefore, int detractorsBefore, int nBefore,
                             int promotersAfter, int detractorsAfter, int nAfter) {
        if (nBefore < 2 || nAfter < 2) {
            return new Result(Double.NaN, Double.NaN);
        }
        double varianceBefore = scoreVariance(promotersBefore, detractorsBefore, nBefore);
        double varianceAfter = scoreVariance(promotersAfter, detractorsAfter, nAfter);
        double se = Math.sqrt(varianceBefore / nBefore + varianceAfter / nAfter);
        double difference = (promotersAfter - detractorsAfter) / (double) nAfter
                - (promotersBefore - detractorsBefore) / (double) nBefore;
        if (se == 0) {
            return new Result(Double.NaN, difference == 0 ? 1 : 0);
        }
        double z = difference / se;
        return new Result(z, 2 * (1 - normalCdf(Math.abs(z))));
    }

    /** Means before (mean, sample variance, n) against after, by Welch's t-test. */
    public static Result welch(double meanBefore, double varianceBefore, int nBefore,
                               double meanAfter, double varianceAfter, int nAfter) {
        if (nBefore < 2 || nAfter < 2) {
            return new Result(Double.NaN, Double.NaN);
        }
        double a = varianceBefore / nBefore;
        double b = varianceAfter / nAfter;
        if (a + b == 0) {
            return new Result(Double.NaN, meanAfter == meanBefore ? 1 : 0);
        }
        double t = (meanAfter - meanBefore) / Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (nBefore - 1) + b * b / (nAfter - 1));
        return new Result(t, studentTwoSidedP(t, df));
    }

    /** Variance of the +1/0/−1 scores: p + d − (p − d)². */
    private static double scoreVariance(int promoters, int detractors, int n) {
        double p = promoters / (double) n;
        double d = detractors / (double) n;
        return p + d - (p - d) * (p - d);
    }

    static double normalCdf(double x) {
        return 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    /** Abramowitz and Stegun 7.1.26; absolute error below 1.5e-7, plenty for a p-value. */
    private static double erf(double x) {
        double sign = Math.signum(x);
        double ax = Math.abs(x);
        double t = 1 / (1 + 0.3275911 * ax);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return sign * (1 - poly * Math.exp(-ax * ax));
    }

    /** P(|T| ≥ |t|) for Student's t with df degrees of freedom: the regularized incomplete beta I_{df/(df+t²)}(df/2, 1/2). */
    static double studentTwoSidedP(double t, double df) {
        return incompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    private static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        // the continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) above it
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    /** The continued fraction of the incomplete beta function, by the modified Lentz method. */
    private static double betaFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d, tiny);
            c = nonZero(1 + even / c, tiny);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d, tiny);
            c = nonZero(1 + odd / c, tiny);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-12) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value, double tiny) {
        return Math.abs(value) < tiny ? tiny : value;
    }

    /** Lanczos approximation (g = 7, n = 9). */
    private static double logGamma(double x) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = c[0];
        for (int i = 1; i < c.length; i++) {
            sum += c[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
