package org.opencem.analytics;

import java.util.Map;
import java.util.SortedMap;

/**
 * One metric of one slice. {@code value} is the headline (NPS score, CSAT top-2-box %, a mean…),
 * null without data; {@code n} the valid answers it rests on; {@code low}/{@code high} its 95%
 * interval when one is defined; {@code smallSample} when {@code n} is below the tenant's minimum.
 * {@code parts} are the figures behind it ({@code promoters}, {@code passives}, {@code detractors},
 * {@code mean}, {@code topTwo}, {@code positive}, the index's components…), {@code distribution}
 * the answers per scale point for scored metrics, and {@code change} the comparison, when asked.
 */
public record MetricValue(String metric, Availability availability, Double value, long n, Double low, Double high,
                          boolean smallSample, Map<String, Double> parts, SortedMap<Integer, Long> distribution,
                          Change change) {

    public enum Availability {
        AVAILABLE,
        /** Computable, but no valid answer in this slice. */
        NO_DATA,
        /** Cannot be computed from what OpenCEM knows (a response rate without invitations). */
        NOT_AVAILABLE
    }

    public MetricValue {
        parts = parts == null ? Map.of() : Map.copyOf(parts);
        distribution = distribution == null ? new java.util.TreeMap<>()
                : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(distribution));
    }

    public boolean hasValue() {
        return value != null;
    }

    public MetricValue withChange(Change comparison) {
        return new MetricValue(metric, availability, value, n, low, high, smallSample, parts, distribution, comparison);
    }

    /**
     * The same metric in the comparison period and whether the difference is significant at 5%,
     * by the test named in {@code test}: {@code z-score} (NPS and net sentiment on +1/0/−1),
     * {@code welch-t} (means), {@code two-proportion-z} (shares); null when no test applies
     * (too few answers on either side, or a composite such as the CX index).
     */
    public record Change(Double previous, long previousN, Double delta, String test, Double statistic,
                         Double pValue, boolean significant) {
    }
}
