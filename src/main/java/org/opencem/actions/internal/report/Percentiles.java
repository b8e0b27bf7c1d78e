package org.opencem.actions.internal.report;

import java.util.List;

/**
 * Percentiles by linear interpolation between the closest ranks (as spreadsheets' PERCENTILE.INC):
 * of 1, 2, 3, 4 the median is 2.5 and the 90th percentile 3.7.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The {@code q}-quantile (0…1) of values sorted ascending, or null when there are none. */
    public static Double of(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = q * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
