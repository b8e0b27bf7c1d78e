package org.opencem.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencem.analytics.HealthWeights;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.MetricValue.Availability;

/**
 * Every metric of DOMAIN.md on small hand-computed samples (the figures in the comments were
 * worked out by hand and checked with an independent statistics package), edges included:
 * no answers, all passives, one response, identical periods.
 */
class MetricCalculatorTest {

    private static final double EPS = 1e-4;

    @Test
    void npsWithItsStandardErrorInterval() {
        // 10,10,9,9,9,8,7,5,3,0: P = 5, D = 3, n = 10 → 20; se = 100 √((0.5 + 0.3 − 0.04) / 10) = 27.5681
        MetricValue nps = value(Metric.NPS, nps(10, 10, 9, 9, 9, 8, 7, 5, 3, 0), null, 30);
        assertThat(nps.value()).isCloseTo(20.0, within(EPS));
        assertThat(nps.n()).isEqualTo(10);
        assertThat(nps.low()).isCloseTo(20 - 1.96 * 27.5681, within(EPS));
        assertThat(nps.high()).isCloseTo(20 + 1.96 * 27.5681, within(EPS));
        assertThat(nps.parts()).containsEntry("promoters", 5.0).containsEntry("passives", 2.0)
                .containsEntry("detractors", 3.0);
        assertThat(nps.distribution()).containsEntry(9, 3L).containsEntry(0, 1L).doesNotContainKey(1);
        assertThat(nps.smallSample()).isTrue();
        assertThat(value(Metric.NPS, nps(10, 10, 9, 9, 9, 8, 7, 5, 3, 0), null, 10).smallSample()).isFalse();
    }

    @Test
    void csatTopTwoBoxWithWilsonIntervalAndMean() {
        // 5,4,4,3,1: top-2 = 3 of 5 = 60 %; Wilson 95 %: 23.0720 … 88.2382; mean 17 / 5 = 3.4
        Tally t = csat(5, 4, 4, 3, 1);
        MetricValue csat = value(Metric.CSAT, t, null, 30);
        assertThat(csat.value()).isCloseTo(60.0, within(EPS));
        assertThat(csat.low()).isCloseTo(23.07199, within(EPS));
        assertThat(csat.high()).isCloseTo(88.23818, within(EPS));
        assertThat(csat.parts()).containsEntry("topTwo", 3.0).containsEntry("mean", 3.4);
        MetricValue mean = value(Metric.CSAT_MEAN, t, null, 30);
        assertThat(mean.value()).isCloseTo(3.4, within(EPS));
        assertThat(mean.n()).isEqualTo(5);
    }

    @Test
    void cesMeanWithStudentIntervalAndShareEasy() {
        // 7,6,5,5,2: mean 5, sample variance (4 + 1 + 0 + 0 + 9) / 4 = 3.5;
        // t(0.975, 4) = 2.776445 → ± 2.776445 √(3.5 / 5) = ± 2.32294; easy (5–7) = 4 of 5
        Tally t = ces(7, 6, 5, 5, 2);
        MetricValue ces = value(Metric.CES, t, null, 30);
        assertThat(ces.value()).isCloseTo(5.0, within(EPS));
        assertThat(ces.low()).isCloseTo(5 - 2.32294, within(EPS));
        assertThat(ces.high()).isCloseTo(5 + 2.32294, within(EPS));
        assertThat(ces.parts().get("standardDeviation")).isCloseTo(Math.sqrt(3.5), within(EPS));
        MetricValue easy = value(Metric.CES_EASY, t, null, 30);
        assertThat(easy.value()).isCloseTo(80.0, within(EPS));
        assertThat(easy.low()).isCloseTo(37.55283, within(EPS));
        assertThat(easy.high()).isCloseTo(96.37768, within(EPS));
    }

    @Test
    void ratingQuestionsHaveMeanAndDistribution() {
        Tally t = new Tally();
        t.addRating("food", 4, 3);
        t.addRating("food", 2, 1);
        MetricValue food = value(Metric.rating("food"), t, null, 30);
        assertThat(food.value()).isCloseTo(3.5, within(EPS));
        assertThat(food.n()).isEqualTo(4);
        assertThat(food.distribution()).containsExactly(Map.entry(2, 1L), Map.entry(4, 3L));
        // a rating metric on the record's own NPS field: the mean of the 0–10 answers
        assertThat(value(Metric.rating("nps"), nps(10, 8, 0), null, 30).value()).isCloseTo(6.0, within(EPS));
        assertThat(value(Metric.rating("service"), t, null, 30).availability()).isEqualTo(Availability.NO_DATA);
    }

    @Test
    void netSentimentIsPositiveMinusNegativeOverTheCommentsWithASentiment() {
        // 6 positive, 2 neutral, 2 negative: 40; se = 100 √((0.6 + 0.2 − 0.16) / 10) = 25.29822
        Tally t = sentiment(6, 2, 2);
        MetricValue net = value(Metric.NET_SENTIMENT, t, null, 30);
        assertThat(net.value()).isCloseTo(40.0, within(EPS));
        assertThat(net.n()).isEqualTo(10);
        assertThat(net.low()).isCloseTo(40 - 1.96 * 25.29822, within(EPS));
    }

    @Test
    void healthIndexWeighsTheNormalizedComponentsAndRenormalizesOverThoseWithData() {
        // NPS 20 → 60, CSAT 60 → 60, CES 5 → (5 − 1) / 6 × 100 = 66.667, net sentiment 40 → 70
        Tally all = nps(10, 10, 9, 9, 9, 8, 7, 5, 3, 0);
        all.add(csat(5, 4, 4, 3, 1));
        all.add(ces(7, 6, 5, 5, 2));
        all.add(sentiment(6, 2, 2));
        MetricValue index = value(Metric.CX_INDEX, all, null, 30);
        // 0.4 × 60 + 0.3 × 60 + 0.2 × 66.667 + 0.1 × 70 = 62.333
        assertThat(index.value()).isCloseTo(62.3333, within(EPS));
        assertThat(index.n()).isEqualTo(5);
        assertThat(index.parts()).containsKeys("nps", "csat", "ces", "netSentiment");

        Tally noCes = nps(10, 10, 9, 9, 9, 8, 7, 5, 3, 0);
        noCes.add(csat(5, 4, 4, 3, 1));
        noCes.add(sentiment(6, 2, 2));
        // (0.4 × 60 + 0.3 × 60 + 0.1 × 70) / 0.8 = 61.25
        assertThat(value(Metric.CX_INDEX, noCes, null, 30).value()).isCloseTo(61.25, within(EPS));
        // the tenant's own weights: only CSAT counts
        assertThat(MetricCalculator.value(Metric.CX_INDEX, all, null, 30, new HealthWeights(0, 1, 0, 0)).value())
                .isCloseTo(60.0, within(EPS));
    }

    @Test
    void noAnswersGiveNoValueAndNoInterval() {
        Tally empty = new Tally();
        for (Metric metric : Metric.BUILT_IN) {
            MetricValue v = value(metric, empty, empty, 30);
            if (metric.equals(Metric.RESPONSES)) {
                assertThat(v.value()).isZero();
                continue;
            }
            assertThat(v.value()).as(metric.code()).isNull();
            assertThat(v.low()).isNull();
            assertThat(v.n()).isZero();
            assertThat(v.smallSample()).isFalse();
        }
        assertThat(value(Metric.NPS, empty, null, 30).availability()).isEqualTo(Availability.NO_DATA);
    }

    @Test
    void responseRateIsNotAvailableWithoutInvitations() {
        MetricValue rate = value(Metric.RESPONSE_RATE, nps(9, 9, 3), nps(9), 30);
        assertThat(rate.availability()).isEqualTo(Availability.NOT_AVAILABLE);
        assertThat(rate.value()).isNull();
        assertThat(rate.change()).isNull();
        assertThat(value(Metric.RESPONSES, nps(9, 9, 3), null, 30).value()).isEqualTo(3.0);
    }

    @Test
    void allPassivesScoreZeroWithNoSpread() {
        MetricValue nps = value(Metric.NPS, nps(7, 8, 7, 8), null, 30);
        assertThat(nps.value()).isZero();
        assertThat(nps.low()).isZero();
        assertThat(nps.high()).isZero();
        assertThat(nps.parts()).containsEntry("passives", 4.0);
    }

    @Test
    void oneResponseHasAValueButNoMeanIntervalAndNoTest() {
        MetricValue nps = value(Metric.NPS, nps(3), nps(10), 30);
        assertThat(nps.value()).isEqualTo(-100.0);
        assertThat(nps.low()).isEqualTo(-100.0);
        assertThat(nps.change().delta()).isEqualTo(-200.0);
        assertThat(nps.change().test()).isNull();
        assertThat(nps.change().significant()).isFalse();
        MetricValue ces = value(Metric.CES, ces(6), null, 30);
        assertThat(ces.value()).isEqualTo(6.0);
        assertThat(ces.low()).isNull();
        // one answer still has a Wilson interval: 1 of 1 → 20.6543 … 100
        assertThat(value(Metric.CSAT, csat(5), null, 30).low()).isCloseTo(20.65433, within(EPS));
    }

    @Test
    void identicalPeriodsShowNoChange() {
        Tally t = nps(10, 10, 9, 9, 9, 8, 7, 5, 3, 0);
        t.add(csat(5, 4, 4, 3, 1));
        t.add(ces(7, 6, 5, 5, 2));
        for (Metric metric : new Metric[] {Metric.NPS, Metric.CSAT, Metric.CSAT_MEAN, Metric.CES, Metric.CES_EASY}) {
            MetricValue.Change change = value(metric, t, t, 30).change();
            assertThat(change.delta()).as(metric.code()).isZero();
            assertThat(change.pValue()).as(metric.code()).isCloseTo(1.0, within(EPS));
            assertThat(change.significant()).isFalse();
        }
    }

    @Test
    void npsChangeIsAZTestOnPlusOneZeroMinusOne() {
        // now: n 200, P 100, D 40 → 30, se 5.52268; before: n 200, P 70, D 60 → 5, se 5.68990
        // z = 25 / √(5.52268² + 5.68990²) = 3.15283, two-sided p = 0.0016169
        MetricValue nps = value(Metric.NPS, npsCounts(100, 60, 40), npsCounts(70, 70, 60), 30);
        assertThat(nps.change().test()).isEqualTo("z-score");
        assertThat(nps.change().delta()).isCloseTo(25.0, within(EPS));
        assertThat(nps.change().statistic()).isCloseTo(3.152833, within(EPS));
        assertThat(nps.change().pValue()).isCloseTo(0.0016169, within(1e-6));
        assertThat(nps.change().significant()).isTrue();
        assertThat(nps.change().previous()).isCloseTo(5.0, within(EPS));
        assertThat(nps.change().previousN()).isEqualTo(200);
    }

    @Test
    void meanChangeIsWelchsTTest() {
        // now: 10 × 5, 10 × 4 → 4.5, s² = 5/19; before: 5 × 5, 5 × 4, 10 × 3 → 3.75, s² = 13.75/19
        // t = 0.75 / √(0.0131579 + 0.0361842) = 3.376389, Welch df = 31.204, two-sided p = 0.0019815
        Tally now = new Tally();
        now.csat[4] = 10;
        now.csat[3] = 10;
        Tally before = new Tally();
        before.csat[4] = 5;
        before.csat[3] = 5;
        before.csat[2] = 10;
        MetricValue.Change change = value(Metric.CSAT_MEAN, now, before, 30).change();
        assertThat(change.test()).isEqualTo("welch-t");
        assertThat(change.statistic()).isCloseTo(3.376389, within(EPS));
        assertThat(change.pValue()).isCloseTo(0.0019815, within(1e-6));
        assertThat(change.significant()).isTrue();
    }

    @Test
    void shareChangeIsATwoProportionZTest() {
        // 60 of 100 against 45 of 100: pooled 0.525, z = 0.15 / √(0.525 × 0.475 × 0.02) = 2.123977, p = 0.033672
        Tally now = new Tally();
        now.csat[4] = 60;
        now.csat[0] = 40;
        Tally before = new Tally();
        before.csat[4] = 45;
        before.csat[0] = 55;
        MetricValue.Change change = value(Metric.CSAT, now, before, 30).change();
        assertThat(change.test()).isEqualTo("two-proportion-z");
        assertThat(change.statistic()).isCloseTo(2.123977, within(EPS));
        assertThat(change.pValue()).isCloseTo(0.033672, within(1e-6));
        assertThat(change.significant()).isTrue();
    }

    @Test
    void aDifferenceWithoutSpreadIsCertainAndNoDifferenceIsNone() {
        MetricValue.Change change = value(Metric.NPS, nps(10, 10, 10), nps(0, 0, 0), 30).change();
        assertThat(change.pValue()).isZero();
        assertThat(change.statistic()).isNull();
        assertThat(change.significant()).isTrue();
        assertThat(value(Metric.NPS, nps(8, 8), nps(7, 7), 30).change().significant()).isFalse();
    }

    private static MetricValue value(Metric metric, Tally now, Tally before, int minSample) {
        return MetricCalculator.value(metric, now, before, minSample, HealthWeights.DEFAULT);
    }

    private static Tally nps(int... answers) {
        Tally t = new Tally();
        for (int a : answers) {
            t.nps[a]++;
            t.responses++;
        }
        return t;
    }

    private static Tally npsCounts(long promoters, long passives, long detractors) {
        Tally t = new Tally();
        t.nps[10] = promoters;
        t.nps[8] = passives;
        t.nps[3] = detractors;
        t.responses = promoters + passives + detractors;
        return t;
    }

    private static Tally csat(int... answers) {
        Tally t = new Tally();
        for (int a : answers) {
            t.csat[a - 1]++;
        }
        return t;
    }

    private static Tally ces(int... answers) {
        Tally t = new Tally();
        for (int a : answers) {
            t.ces[a - 1]++;
        }
        return t;
    }

    private static Tally sentiment(int positive, int neutral, int negative) {
        Tally t = new Tally();
        t.positive = positive;
        t.neutral = neutral;
        t.negative = negative;
        return t;
    }
}
