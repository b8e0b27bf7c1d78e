package org.opencem.actions.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The z-test against figures worked out by hand. */
class NpsZTestTest {

    @Test
    void aLargeFallOnManyAnswersIsSignificant() {
        // before: n 100, 60 promoters, 10 detractors: mean 0.5, variance 0.6 + 0.1 − 0.25 = 0.45 (NPS 50)
        // after:  n 100, 40 promoters, 30 detractors: mean 0.1, variance 0.4 + 0.3 − 0.01 = 0.69 (NPS 10)
        // se = √(0.45/100 + 0.69/100) = √0.0114 = 0.106771; z = −0.4 / 0.106771 = −3.7463
        NpsZTest.Sample before = new NpsZTest.Sample(100, 60, 10);
        NpsZTest.Sample after = new NpsZTest.Sample(100, 40, 30);
        assertThat(before.nps()).isEqualTo(50.0);
        assertThat(after.nps()).isEqualTo(10.0);
        assertThat(NpsZTest.z(before, after)).isCloseTo(-3.7463, within(0.0005));
        assertThat(NpsZTest.significant(before, after)).isTrue();
    }

    @Test
    void aFallOnFewAnswersIsNot() {
        // before: n 30, 15 promoters, 6 detractors: mean 0.3, variance 0.5 + 0.2 − 0.09 = 0.61 (NPS 30)
        // after:  n 30, 12 promoters, 9 detractors: mean 0.1, variance 0.4 + 0.3 − 0.01 = 0.69 (NPS 10)
        // se = √(0.61/30 + 0.69/30) = √0.043333 = 0.208167; z = −0.2 / 0.208167 = −0.9608
        NpsZTest.Sample before = new NpsZTest.Sample(30, 15, 6);
        NpsZTest.Sample after = new NpsZTest.Sample(30, 12, 9);
        assertThat(NpsZTest.z(before, after)).isCloseTo(-0.9608, within(0.0005));
        assertThat(NpsZTest.significant(before, after)).isFalse();
    }

    @Test
    void noSpreadAtAllStillCompares() {
        assertThat(NpsZTest.significant(new NpsZTest.Sample(40, 40, 0), new NpsZTest.Sample(40, 0, 40))).isTrue();
        assertThat(NpsZTest.z(new NpsZTest.Sample(40, 40, 0), new NpsZTest.Sample(35, 35, 0))).isZero();
    }
}
