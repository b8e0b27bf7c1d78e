package org.opencem.analytics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Key-driver importance as the Shapley decomposition of R² (also called LMG): each predictor's
 * share is its marginal gain in R² averaged over every order in which predictors can enter the
 * regression. Shares add up to the full model's R², need no sign conventions, and stay fair
 * when predictors are correlated, which touchpoint ratings always are.
 * Works from the correlation matrix, so each subset's R² is one small linear solve; 2^p subsets
 * limit it to a dozen predictors, more than a journey's touchpoints with enough data.
 */
public final class ShapleyR2 {

    public static final int MAX_PREDICTORS = 12;

    private ShapleyR2() {
    }

    /**
     * {@code shares[j]} is predictor j's part of {@code rSquared}; a predictor without variance
     * gets 0 and leaves the others as if it were absent.
     */
    public record Result(double rSquared, double[] shares, int observations) {

        /** Shares as percentages of R² (all zero when R² is zero). */
        public double[] percentages() {
            double[] pct = new double[shares.length];
            for (int j = 0; j < shares.length; j++) {
                pct[j] = rSquared <= 0 ? 0 : 100 * shares[j] / rSquared;
            }
            return pct;
        }
    }

    /** {@code x[i][j]}: observation i's value of predictor j; {@code y[i]}: its outcome. */
    public static Result decompose(double[][] x, double[] y) {
        int n = y.length;
        int p = n == 0 ? 0 : x[0].length;
        if (p > MAX_PREDICTORS) {
            throw new IllegalArgumentException("At most " + MAX_PREDICTORS + " predictors, got " + p);
        }
        if (n < 3 || standardDeviation(y, mean(y)) == 0) {
            return new Result(0, new double[p], n);
        }
        double[][] columns = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            columns[j] = column;
        }
        List<Integer> varying = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            if (standardDeviation(columns[j], mean(columns[j])) > 0) {
                varying.add(j);
            }
        }
        int k = varying.size();
        double[][] rxx = new double[k][k];
        double[] rxy = new double[k];
        for (int a = 0; a < k; a++) {
            rxy[a] = correlation(columns[varying.get(a)], y);
            for (int b = 0; b < k; b++) {
                rxx[a][b] = a == b ? 1 : correlation(columns[varying.get(a)], columns[varying.get(b)]);
            }
        }
        double[] subsetR2 = new double[1 << k];
        for (int mask = 1; mask < subsetR2.length; mask++) {
            subsetR2[mask] = rSquared(rxx, rxy, mask);
        }
        double[] factorial = new double[k + 1];
        factorial[0] = 1;
        for (int i = 1; i <= k; i++) {
            factorial[i] = factorial[i - 1] * i;
        }
        double[] shares = new double[p];
        for (int a = 0; a < k; a++) {
            double share = 0;
            int bit = 1 << a;
            for (int mask = 0; mask < subsetR2.length; mask++) {
                if ((mask & bit) != 0) {
                    continue;
                }
                int size = Integer.bitCount(mask);
                double weight = factorial[size] * factorial[k - size - 1] / factorial[k];
                share += weight * (subsetR2[mask | bit] - subsetR2[mask]);
            }
            shares[varying.get(a)] = share;
        }
        return new Result(k == 0 ? 0 : subsetR2[subsetR2.length - 1], shares, n);
    }

    /** R² of y on the predictors in {@code mask}: r' R⁻¹ r, solved by Gaussian elimination. */
    private static double rSquared(double[][] rxx, double[] rxy, int mask) {
        int[] members = new int[Integer.bitCount(mask)];
        for (int j = 0, m = 0; j < rxy.length; j++) {
            if ((mask & (1 << j)) != 0) {
                members[m++] = j;
            }
        }
        int s = members.length;
        double[][] a = new double[s][s + 1];
        for (int r = 0; r < s; r++) {
            for (int c = 0; c < s; c++) {
                a[r][c] = rxx[members[r]][members[c]];
            }
            a[r][s] = rxy[members[r]];
        }
        double[] beta = solve(a);
        double r2 = 0;
        for (int r = 0; r < s; r++) {
            r2 += beta[r] * rxy[members[r]];
        }
        return Math.max(0, Math.min(1, r2));
    }

    /**
     * Solves the augmented system with partial pivoting. A predictor that is a perfect linear
     * combination of others (a zero pivot) gets weight 0: it adds nothing the others do not carry.
     */
    private static double[] solve(double[][] a) {
        int s = a.length;
        for (int col = 0; col < s; col++) {
            int pivot = col;
            for (int r = col + 1; r < s; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < s; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= s; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] beta = new double[s];
        for (int r = 0; r < s; r++) {
            beta[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : a[r][s] / a[r][r];
        }
        return beta;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }

    private static double standardDeviation(double[] v, double mean) {
        double sum = 0;
        for (double d : v) {
            sum += (d - mean) * (d - mean);
        }
        return Math.sqrt(sum / v.length);
    }

    private static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
