package org.opencem.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.opencem.analytics.internal.ShapleyR2;

/** The Shapley decomposition of R² against figures worked out by hand. */
class ShapleyR2Test {

    /*
     * x1 = 1,2,3,4,5; x2 = 2,1,4,3,5; y = 1,3,2,5,4. Deviations from the means (all 3):
     * x1 −2,−1,0,1,2; x2 −1,−2,1,0,2; y −2,0,−1,2,1; every sum of squares is 10, so
     * r12 = 8/10 = 0.8, r1y = 8/10 = 0.8, r2y = 3/10 = 0.3.
     * Full R² = (r1y² + r2y² − 2·r1y·r2y·r12) / (1 − r12²) = (0.73 − 0.384) / 0.36 = 0.961111…
     * Shapley: w1 = ½·r1y² + ½·(R² − r2y²) = 0.32 + 0.435556 = 0.755556
     *          w2 = ½·r2y² + ½·(R² − r1y²) = 0.045 + 0.160556 = 0.205556
     * As shares of R²: 78.61% and 21.39%.
     */
    private static final double[][] TWO = {{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 5}};
    private static final double[] Y = {1, 3, 2, 5, 4};

    @Test
    void twoCorrelatedPredictorsSplitRSquaredAsWorkedOut() {
        ShapleyR2.Result result = ShapleyR2.decompose(TWO, Y);
        assertThat(result.rSquared()).isCloseTo(0.961111, within(1e-6));
        assertThat(result.shares()[0]).isCloseTo(0.755556, within(1e-6));
        assertThat(result.shares()[1]).isCloseTo(0.205556, within(1e-6));
        assertThat(result.percentages()[0]).isCloseTo(78.6127, within(1e-4));
        assertThat(result.percentages()[1]).isCloseTo(21.3873, within(1e-4));
        assertThat(result.observations()).isEqualTo(5);
    }

    @Test
    void onePredictorTakesAllOfItsSquaredCorrelation() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}};
        ShapleyR2.Result result = ShapleyR2.decompose(x, Y);
        assertThat(result.rSquared()).isCloseTo(0.64, within(1e-9));
        assertThat(result.shares()[0]).isCloseTo(0.64, within(1e-9));
        assertThat(result.percentages()[0]).isCloseTo(100, within(1e-9));
    }

    @Test
    void aPredictorThatNeverVariesGetsNothingAndChangesNothing() {
        double[][] x = new double[5][];
        for (int i = 0; i < 5; i++) {
            x[i] = new double[] {TWO[i][0], 7, TWO[i][1]};
        }
        ShapleyR2.Result result = ShapleyR2.decompose(x, Y);
        assertThat(result.shares()[1]).isZero();
        assertThat(result.shares()[0]).isCloseTo(0.755556, within(1e-6));
        assertThat(result.shares()[2]).isCloseTo(0.205556, within(1e-6));
    }

    @Test
    void uncorrelatedPredictorsEachKeepTheirOwnSquaredCorrelation() {
        // x1 and x2 orthogonal, y = x1 + x2: r1y² = r2y² = 0.5, R² = 1
        double[][] x = {{1, 1}, {-1, 1}, {1, -1}, {-1, -1}};
        double[] y = {2, 0, 0, -2};
        ShapleyR2.Result result = ShapleyR2.decompose(x, y);
        assertThat(result.rSquared()).isCloseTo(1, within(1e-9));
        assertThat(result.percentages()).containsExactly(new double[] {50, 50}, within(1e-9));
    }

    @Test
    void aFlatOutcomeOrTooFewObservationsExplainNothing() {
        assertThat(ShapleyR2.decompose(TWO, new double[] {3, 3, 3, 3, 3}).rSquared()).isZero();
        assertThat(ShapleyR2.decompose(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 2}).shares())
                .containsExactly(0, 0);
    }
}
