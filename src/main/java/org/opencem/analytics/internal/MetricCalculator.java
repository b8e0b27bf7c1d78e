package org.opencem.analytics.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.opencem.analytics.HealthWeights;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.MetricValue.Availability;
import org.opencem.analytics.MetricValue.Change;

/**
 * The formulas of DOMAIN.md over a {@link Tally}: each metric's headline value, its {@code n},
 * its 95% interval, its parts, and the test of its change against another period's tally.
 * Intervals: NPS and net sentiment ±1.96·se; shares by Wilson's score interval (it stays inside
 * 0–100 and behaves with few answers); means by Student's t with n − 1 degrees of freedom.
 */
final class MetricCalculator {

    private MetricCalculator() {
    }

    /** The metric of {@code current}, compared with {@code previous} when that is not null. */
    static MetricValue value(Metric metric, Tally current, Tally previous, int minSample, HealthWeights weights) {
        Figure now = figure(metric, current, weights);
        MetricValue value = now.toValue(metric.code(), minSample);
        if (previous == null || now.availability == Availability.NOT_AVAILABLE) {
            return value;
        }
        return value.withChange(change(now, figure(metric, previous, weights)));
    }

    static Figure figure(Metric metric, Tally t, HealthWeights weights) {
        return switch (metric.type()) {
            case NPS -> nps(t);
            case CSAT -> share(t.csat[3] + t.csat[4], sum(t.csat), Tally.points(t.csat, 1), "topTwo");
            case CSAT_MEAN -> mean(Tally.points(t.csat, 1));
            case CES -> mean(Tally.points(t.ces, 1));
            case CES_EASY -> share(t.ces[4] + t.ces[5] + t.ces[6], sum(t.ces), Tally.points(t.ces, 1), "easy");
            case NET_SENTIMENT -> netSentiment(t);
            case CX_INDEX -> healthIndex(t, weights);
            case RESPONSES -> new Figure(Availability.AVAILABLE, (double) t.responses, t.responses, null, null,
                    Map.of(), new TreeMap<>(), Test.NONE, 0, 0, 0, 0);
            case RESPONSE_RATE -> new Figure(Availability.NOT_AVAILABLE, null, 0, null, null, Map.of(), new TreeMap<>(),
                    Test.NONE, 0, 0, 0, 0);
            case RATING -> mean(t.distribution(metric.questionKey()));
        };
    }

    /** NPS = 100 (P − D) / n with se = 100 sqrt((p + d − (p − d)²) / n). */
    static Figure nps(Tally t) {
        long n = sum(t.nps);
        long promoters = t.nps[9] + t.nps[10];
        long detractors = 0;
        for (int i = 0; i <= 6; i++) {
            detractors += t.nps[i];
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("promoters", (double) promoters);
        parts.put("passives", (double) (n - promoters - detractors));
        parts.put("detractors", (double) detractors);
        return balance(promoters, detractors, n, parts, Tally.points(t.nps, 0));
    }

    /** Net sentiment = 100 (positive − negative) / n over the comments with a sentiment. */
    static Figure netSentiment(Tally t) {
        long n = t.positive + t.neutral + t.negative;
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("positive", (double) t.positive);
        parts.put("neutral", (double) t.neutral);
        parts.put("negative", (double) t.negative);
        return balance(t.positive, t.negative, n, parts, new TreeMap<>());
    }

    /** A score of +1 / 0 / −1 per answer, times 100: NPS and net sentiment share their formulas. */
    private static Figure balance(long plus, long minus, long n, Map<String, Double> parts,
                                  SortedMap<Integer, Long> distribution) {
        if (n == 0) {
            return Figure.empty(parts, distribution);
        }
        double p = (double) plus / n;
        double d = (double) minus / n;
        double score = 100 * (p - d);
        double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
        double margin = Significance.Z95 * se;
        return new Figure(Availability.AVAILABLE, score, n, Math.max(-100, score - margin), Math.min(100, score + margin),
                parts, distribution, Test.SCORE, score, se, 0, 0);
    }

    /** 100 × hits / n with Wilson's 95% interval. */
    static Figure share(long hits, long n, SortedMap<Integer, Long> distribution, String hitsName) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put(hitsName, (double) hits);
        if (n == 0) {
            return Figure.empty(parts, distribution);
        }
        double p = (double) hits / n;
        double z2 = Significance.Z95 * Significance.Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Significance.Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        MeanAndVariance mv = MeanAndVariance.of(distribution);
        if (mv.n > 0) {
            parts.put("mean", mv.mean);
        }
        return new Figure(Availability.AVAILABLE, 100 * p, n, 100 * Math.max(0, centre - half),
                100 * Math.min(1, centre + half), parts, distribution, Test.PROPORTION, 0, 0, hits, 0);
    }

    /** The mean of a distribution, with Student's t interval when there are two answers or more. */
    static Figure mean(SortedMap<Integer, Long> distribution) {
        MeanAndVariance mv = MeanAndVariance.of(distribution);
        Map<String, Double> parts = new LinkedHashMap<>();
        if (mv.n == 0) {
            return Figure.empty(parts, distribution);
        }
        parts.put("mean", mv.mean);
        Double low = null;
        Double high = null;
        if (mv.n >= 2) {
            parts.put("standardDeviation", Math.sqrt(mv.variance));
            double margin = Significance.t975(mv.n - 1) * Math.sqrt(mv.variance / mv.n);
            low = mv.mean - margin;
            high = mv.mean + margin;
        }
        return new Figure(Availability.AVAILABLE, mv.mean, mv.n, low, high, parts, distribution, Test.MEAN, mv.mean,
                0, 0, mv.variance);
    }

    /**
     * The CX health index: the weighted mean of the normalized components that have data, the
     * weights renormalized over them. Its {@code n} is its smallest component's, so a small
     * sample anywhere marks the index.
     */
    static Figure healthIndex(Tally t, HealthWeights w) {
        Map<String, Double> parts = new LinkedHashMap<>();
        double weighted = 0;
        double weightSum = 0;
        long n = Long.MAX_VALUE;
        Figure nps = nps(t);
        Figure csat = share(t.csat[3] + t.csat[4], sum(t.csat), new TreeMap<>(), "topTwo");
        Figure ces = mean(Tally.points(t.ces, 1));
        Figure sentiment = netSentiment(t);
        Object[][] components = {
                {"nps", nps, w.nps(), nps.value == null ? null : (nps.value + 100) / 2},
                {"csat", csat, w.csat(), csat.value},
                {"ces", ces, w.ces(), ces.value == null ? null : (ces.value - 1) / 6 * 100},
                {"netSentiment", sentiment, w.netSentiment(), sentiment.value == null ? null : (sentiment.value + 100) / 2}};
        for (Object[] c : components) {
            Double normalized = (Double) c[3];
            double weight = (Double) c[2];
            if (normalized != null && weight > 0) {
                parts.put((String) c[0], normalized);
                weighted += weight * normalized;
                weightSum += weight;
                n = Math.min(n, ((Figure) c[1]).n);
            }
        }
        if (weightSum == 0) {
            return Figure.empty(parts, new TreeMap<>());
        }
        return new Figure(Availability.AVAILABLE, weighted / weightSum, n, null, null, parts, new TreeMap<>(), Test.NONE,
                0, 0, 0, 0);
    }

    static Change change(Figure now, Figure before) {
        Double delta = now.value == null || before.value == null ? null : now.value - before.value;
        Significance.Outcome outcome = now.value == null || before.value == null ? null : switch (now.test) {
            case SCORE -> Significance.zOnScores(now.mean, now.se, now.n, before.mean, before.se, before.n);
            case PROPORTION -> Significance.twoProportions(now.hits, now.n, before.hits, before.n);
            case MEAN -> Significance.welch(now.mean, now.variance, now.n, before.mean, before.variance, before.n);
            case NONE -> null;
        };
        return outcome == null
                ? new Change(before.value, before.n, delta, null, null, null, false)
                : new Change(before.value, before.n, delta, outcome.test(), outcome.statistic(), outcome.pValue(),
                        outcome.significant());
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    enum Test {
        SCORE, PROPORTION, MEAN, NONE
    }

    /**
     * A metric of one slice with what its test needs: for SCORE the score and its standard error,
     * for PROPORTION the hits, for MEAN the mean and the sample variance.
     */
    record Figure(Availability availability, Double value, long n, Double low, Double high, Map<String, Double> parts,
                  SortedMap<Integer, Long> distribution, Test test, double mean, double se, long hits, double variance) {

        static Figure empty(Map<String, Double> parts, SortedMap<Integer, Long> distribution) {
            return new Figure(Availability.NO_DATA, null, 0, null, null, parts, distribution, Test.NONE, 0, 0, 0, 0);
        }

        MetricValue toValue(String code, int minSample) {
            boolean small = availability == Availability.AVAILABLE && n < minSample;
            return new MetricValue(code, availability, value, n, low, high, small, parts, distribution, null);
        }
    }

    /** Mean and sample variance (n − 1) of answers given as counts per scale point. */
    record MeanAndVariance(long n, double mean, double variance) {

        static MeanAndVariance of(SortedMap<Integer, Long> distribution) {
            long n = 0;
            double sum = 0;
            double squares = 0;
            for (Map.Entry<Integer, Long> e : distribution.entrySet()) {
                n += e.getValue();
                sum += (double) e.getKey() * e.getValue();
                squares += (double) e.getKey() * e.getKey() * e.getValue();
            }
            if (n == 0) {
                return new MeanAndVariance(0, 0, 0);
            }
            double mean = sum / n;
            double variance = n < 2 ? 0 : Math.max(0, (squares - n * mean * mean) / (n - 1));
            return new MeanAndVariance(n, mean, variance);
        }
    }
}
