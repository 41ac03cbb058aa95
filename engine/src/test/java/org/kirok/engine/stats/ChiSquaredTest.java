package org.kirok.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChiSquaredTest {

    @Test
    void gives_textbook_critical_values() {
        assertThat(ChiSquared.upperTail(3.841458820694124, 1)).isCloseTo(0.05, within(1e-10));
        assertThat(ChiSquared.upperTail(18.307038053275146, 10)).isCloseTo(0.05, within(1e-10));
        assertThat(ChiSquared.upperTail(6.634896601021214, 1)).isCloseTo(0.01, within(1e-10));
        assertThat(ChiSquared.upperTail(100, 100)).isCloseTo(0.48119, within(1e-5));
    }

    @Test
    void equals_the_exponential_tail_for_two_degrees_of_freedom() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 500; trial++) {
            double x = random.nextDouble(0, 60);
            assertThat(ChiSquared.upperTail(x, 2)).isCloseTo(Math.exp(-x / 2), within(1e-12));
        }
    }

    @Test
    void is_one_at_zero_and_decreasing() {
        assertThat(ChiSquared.upperTail(0, 4)).isEqualTo(1);
        double previous = 1;
        for (double x = 0.5; x < 40; x += 0.5) {
            double tail = ChiSquared.upperTail(x, 7);
            assertThat(tail).isLessThan(previous);
            previous = tail;
        }
    }

    @Test
    void rejects_bad_degrees_of_freedom() {
        assertThatThrownBy(() -> ChiSquared.upperTail(1, 0)).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> ChiSquared.upperTail(Double.NaN, 3)).hasMessageContaining("NaN");
    }
}
