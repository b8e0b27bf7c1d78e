package org.opencem.analytics.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sufficient statistics of one slice of feedback: how many records, the answers per scale
 * point of NPS (0–10), CSAT (1–5) and CES (1–7), the comments per sentiment, and the answers per
 * point of each rating question. Every metric, its interval and its tests follow from these; two
 * slices add up before any formula is applied.
 */
final class Tally {

    static final int NPS_POINTS = 11;
    static final int CSAT_POINTS = 5;
    static final int CES_POINTS = 7;

    long responses;
    final long[] nps = new long[NPS_POINTS];
    final long[] csat = new long[CSAT_POINTS];
    final long[] ces = new long[CES_POINTS];
    long positive;
    long neutral;
    long negative;
    final Map<String, SortedMap<Integer, Long>> ratings = new HashMap<>();

    void add(Tally other) {
        responses += other.responses;
        addInto(nps, other.nps);
        addInto(csat, other.csat);
        addInto(ces, other.ces);
        positive += other.positive;
        neutral += other.neutral;
        negative += other.negative;
        other.ratings.forEach((question, counts) -> counts.forEach((point, count) -> addRating(question, point, count)));
    }

    void addRating(String question, int point, long count) {
        ratings.computeIfAbsent(question, q -> new TreeMap<>()).merge(point, count, Long::sum);
    }

    /** Answers per scale point for a rating metric: a score field's own, or an attribute question's. */
    SortedMap<Integer, Long> distribution(String question) {
        return switch (question) {
            case "nps" -> points(nps, 0);
            case "csat" -> points(csat, 1);
            case "ces" -> points(ces, 1);
            default -> ratings.getOrDefault(question, new TreeMap<>());
        };
    }

    static SortedMap<Integer, Long> points(long[] counts, int first) {
        SortedMap<Integer, Long> map = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                map.put(first + i, counts[i]);
            }
        }
        return map;
    }

    boolean isEmpty() {
        return responses == 0 && ratings.isEmpty();
    }

    private static void addInto(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && responses == t.responses && Arrays.equals(nps, t.nps)
                && Arrays.equals(csat, t.csat) && Arrays.equals(ces, t.ces) && positive == t.positive
                && neutral == t.neutral && negative == t.negative && ratings.equals(t.ratings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nps) * 31 + Long.hashCode(responses);
    }

    @Override
    public String toString() {
        return "Tally[responses=" + responses + ", nps=" + Arrays.toString(nps) + ", csat=" + Arrays.toString(csat)
                + ", ces=" + Arrays.toString(ces) + ", sentiment=" + positive + "/" + neutral + "/" + negative
                + ", ratings=" + ratings + "]";
    }
}
