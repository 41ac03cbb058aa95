package org.kirok.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogGammaTest {

    @Test
    void matches_known_values() {
        assertThat(LogGamma.of(1)).isCloseTo(0, within(5e-14));
        assertThat(LogGamma.of(2)).isCloseTo(0, within(5e-14));
        assertThat(LogGamma.of(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(LogGamma.of(10)).isCloseTo(Math.log(362_880), within(1e-12));
        assertThat(LogGamma.logFactorial(20)).isCloseTo(Math.log(2_432_902_008_176_640_000.0), within(1e-12));
    }

    @Test
    void satisfies_the_recurrence_for_random_arguments() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 1_000; trial++) {
            double x = Math.exp(random.nextDouble(-5, 12));
            assertThat(LogGamma.of(x + 1) - LogGamma.of(x)).isCloseTo(Math.log(x), within(1e-9 * Math.max(1, Math.abs(Math.log(x)))));
        }
    }

    @Test
    void stays_accurate_in_absolute_terms_for_large_arguments() {
        // Stirling's leading terms for 1e7: the series beyond 1/(12x) is below 1e-20
        double x = 1e7;
        double stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
        assertThat(LogGamma.of(x)).isCloseTo(stirling, within(1e-6));
    }

    @Test
    void rejects_non_positive_arguments() {
        assertThatThrownBy(() -> LogGamma.of(0)).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> LogGamma.of(-1.5)).hasMessageContaining("-1.5");
        assertThatThrownBy(() -> LogGamma.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogGamma.logFactorial(-1)).hasMessageContaining("-1");
    }
}
