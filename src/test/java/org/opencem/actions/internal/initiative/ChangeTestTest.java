package org.opencem.actions.internal.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The significance tests against values worked out by hand and from statistical tables. */
class ChangeTestTest {

    @Test
    void npsZTestOnPerResponseScores() {
        // before: 2 promoters, 6 detractors of 10 (NPS −40); after: 7 and 1 of 10 (NPS +60).
        // variances p + d − (p − d)²: 0.8 − 0.16 = 0.64 and 0.8 − 0.36 = 0.44; se = √(0.064 + 0.044) = 0.32863
        // z = (0.6 − (−0.4)) / 0.32863 = 3.0429; two-sided p = 0.00234
        ChangeTest.Result result = ChangeTest.nps(2, 6, 10, 7, 1, 10);
        assertThat(result.statistic()).isCloseTo(3.0429, within(1e-4));
        assertThat(result.pValue()).isCloseTo(0.00234, within(1e-4));
        assertThat(result.significant()).isTrue();
    }

    @Test
    void aSmallNpsChangeOnFewAnswersIsNotSignificant() {
        ChangeTest.Result result = ChangeTest.nps(3, 3, 10, 4, 3, 10);
        assertThat(result.significant()).isFalse();
        assertThat(ChangeTest.nps(1, 0, 1, 5, 0, 5).pValue()).as("one answer is no sample").isNaN();
    }

    @Test
    void welchTTestAgainstTheTable() {
        // 1..5 against 3..7: means 3 and 5, variances 2.5 each, n = 5: t = 2 / √(0.5 + 0.5) = 2, df = 8;
        // Student's t with 8 degrees of freedom: P(|T| ≥ 2) = 0.0805
        ChangeTest.Result result = ChangeTest.welch(3, 2.5, 5, 5, 2.5, 5);
        assertThat(result.statistic()).isCloseTo(2.0, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.0805, within(1e-4));
        assertThat(result.significant()).isFalse();
        // unequal variances: 2.306 is the two-sided 5% point of t with 8 df
        assertThat(ChangeTest.studentTwoSidedP(2.306, 8)).isCloseTo(0.05, within(1e-4));
        assertThat(ChangeTest.studentTwoSidedP(1.96, 1e7)).isCloseTo(0.05, within(1e-4));
    }

    @Test
    void normalTails() {
        assertThat(ChangeTest.normalCdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(ChangeTest.normalCdf(0)).isCloseTo(0.5, within(1e-9));
    }
}
