package org.kirok.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void gives_the_usual_critical_values() {
        assertThat(NormalQuantile.twoSided(0.95)).isCloseTo(1.959963984540054, within(1e-8));
        assertThat(NormalQuantile.twoSided(0.99)).isCloseTo(2.5758293035489, within(1e-8));
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-12));
        assertThat(NormalQuantile.of(0.001)).isCloseTo(-3.090232306167813, within(1e-8));
    }

    @Test
    void is_antisymmetric_and_increasing() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 1_000; trial++) {
            double p = random.nextDouble(1e-10, 0.5);
            assertThat(NormalQuantile.of(p)).isCloseTo(-NormalQuantile.of(1 - p), within(1e-7));
            assertThat(NormalQuantile.of(p)).isLessThan(NormalQuantile.of(p + 1e-6));
        }
    }

    @Test
    void rejects_probabilities_outside_the_open_unit_interval() {
        assertThatThrownBy(() -> NormalQuantile.of(0)).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> NormalQuantile.of(1)).hasMessageContaining("got 1.0");
        assertThatThrownBy(() -> NormalQuantile.twoSided(1.5)).hasMessageContaining("1.5");
    }
}
