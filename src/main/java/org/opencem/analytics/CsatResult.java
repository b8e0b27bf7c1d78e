package org.opencem.analytics;

/** CSAT over {@code n} valid 1–5 answers: top-2-box share 100 × count(4 or 5) / n, and the mean. */
public record CsatResult(int n, int topTwo, long sum) {

    public boolean hasData() {
        return n > 0;
    }

    public Double topTwoBox() {
        return n == 0 ? null : 100.0 * topTwo / n;
    }

    public Double mean() {
        return n == 0 ? null : (double) sum / n;
    }

    public CsatResult plus(CsatResult other) {
        return new CsatResult(n + other.n, topTwo + other.topTwo, sum + other.sum);
    }

    public static final CsatResult EMPTY = new CsatResult(0, 0, 0);
}
