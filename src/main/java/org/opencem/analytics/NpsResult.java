package org.opencem.analytics;

/**
 * NPS over {@code n} valid answers, as DOMAIN.md defines it: 100 × (P − D) / n, with the
 * standard error 100 × sqrt((p + d − (p − d)²) / n) and a 95% interval of ±1.96 se.
 */
public record NpsResult(int n, int promoters, int detractors) {

    public int passives() {
        return n - promoters - detractors;
    }

    public boolean hasData() {
        return n > 0;
    }

    /** The score, or null with no answers. */
    public Double score() {
        return n == 0 ? null : 100.0 * (promoters - detractors) / n;
    }

    public Double standardError() {
        if (n == 0) {
            return null;
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        return 100.0 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    }

    /** Half the width of the 95% interval. */
    public Double margin95() {
        Double se = standardError();
        return se == null ? null : 1.96 * se;
    }

    public double share(int count) {
        return n == 0 ? 0 : 100.0 * count / n;
    }

    public NpsResult plus(NpsResult other) {
        return new NpsResult(n + other.n, promoters + other.promoters, detractors + other.detractors);
    }

    public static final NpsResult EMPTY = new NpsResult(0, 0, 0);
}
