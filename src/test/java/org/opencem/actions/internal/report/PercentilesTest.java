package org.opencem.actions.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void interpolatesBetweenTheClosestRanks() {
        assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0), 0.5)).isEqualTo(2.5);
        assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0), 0.9)).isCloseTo(3.7, within(1e-12));
        assertThat(Percentiles.of(List.of(5.0), 0.9)).isEqualTo(5.0);
        assertThat(Percentiles.of(List.of(), 0.5)).isNull();
    }
}
