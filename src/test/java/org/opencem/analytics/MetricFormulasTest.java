package org.opencem.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The formulas of DOMAIN.md against hand-computed figures, edges included. */
class MetricFormulasTest {

    @Test
    void npsIsPromotersMinusDetractorsOverN() {
        // scores 10,10,9,9,9,8,7,5,3,0: P = 5, D = 3, n = 10
        NpsResult nps = new NpsResult(10, 5, 3);
        assertThat(nps.score()).isEqualTo(20.0);
        assertThat(nps.passives()).isEqualTo(2);
        // se = 100 × sqrt((0.5 + 0.3 − 0.2²) / 10) = 100 × sqrt(0.076) = 27.5681…
        assertThat(nps.standardError()).isCloseTo(27.5681, within(1e-4));
        assertThat(nps.margin95()).isCloseTo(54.0335, within(1e-4));
    }

    @Test
    void noAnswersHaveNoScore() {
        assertThat(NpsResult.EMPTY.score()).isNull();
        assertThat(NpsResult.EMPTY.standardError()).isNull();
        assertThat(CsatResult.EMPTY.topTwoBox()).isNull();
        assertThat(CsatResult.EMPTY.mean()).isNull();
    }

    @Test
    void allPassivesScoreZeroWithNoSpread() {
        NpsResult nps = new NpsResult(40, 0, 0);
        assertThat(nps.score()).isZero();
        assertThat(nps.standardError()).isZero();
    }

    @Test
    void oneResponseIsItsOwnExtreme() {
        assertThat(new NpsResult(1, 0, 1).score()).isEqualTo(-100.0);
        assertThat(new NpsResult(1, 1, 0).score()).isEqualTo(100.0);
        assertThat(new NpsResult(1, 1, 0).standardError()).isZero();
    }

    @Test
    void csatIsTopTwoBoxShareAndMean() {
        // answers 5,4,4,3,1: top-2 = 3 of 5, sum 17
        CsatResult csat = new CsatResult(5, 3, 17);
        assertThat(csat.topTwoBox()).isEqualTo(60.0);
        assertThat(csat.mean()).isEqualTo(3.4);
    }

    @Test
    void slicesAddUpBeforeTheFormulaIsApplied() {
        Metrics store = new Metrics(new NpsResult(10, 5, 3), new CsatResult(5, 3, 17), 30);
        Metrics other = new Metrics(new NpsResult(30, 6, 12), new CsatResult(0, 0, 0), 30);
        Metrics region = store.plus(other);
        assertThat(region.nps().score()).isEqualTo(100.0 * (11 - 15) / 40);
        assertThat(region.npsSmallSample()).isFalse();
        assertThat(store.npsSmallSample()).isTrue();
        assertThat(region.csat().topTwoBox()).isEqualTo(60.0);
    }
}
