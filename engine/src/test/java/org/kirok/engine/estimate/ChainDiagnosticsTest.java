package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.kirok.engine.stats.NormalVariate;
import org.junit.jupiter.api.Test;

class ChainDiagnosticsTest {

    @Test
    void independent_draws_have_an_effective_size_near_their_count() {
        SplittableRandom random = new SplittableRandom(81);
        double[] draws = new double[20_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = NormalVariate.sample(random);
        }
        assertThat(ChainDiagnostics.effectiveSampleSize(draws)).isCloseTo(20_000, within(3_000.0));
        assertThat(ChainDiagnostics.splitRhat(draws)).isCloseTo(1, within(0.01));
    }

    @Test
    void an_autoregressive_chain_has_the_theoretical_effective_size() {
        // AR(1) with coefficient ρ: ESS = n (1 − ρ) / (1 + ρ)
        double rho = 0.9;
        SplittableRandom random = new SplittableRandom(83);
        double[] draws = new double[200_000];
        for (int i = 1; i < draws.length; i++) {
            draws[i] = rho * draws[i - 1] + NormalVariate.sample(random);
        }
        double expected = draws.length * (1 - rho) / (1 + rho);
        assertThat(ChainDiagnostics.effectiveSampleSize(draws)).isCloseTo(expected, within(0.15 * expected));
    }

    @Test
    void a_chain_that_shifts_level_has_a_large_split_r_hat() {
        double[] draws = new double[1_000];
        SplittableRandom random = new SplittableRandom(85);
        for (int i = 0; i < draws.length; i++) {
            draws[i] = (i < 500 ? 0 : 5) + NormalVariate.sample(random);
        }
        assertThat(ChainDiagnostics.splitRhat(draws)).isGreaterThan(1.5);
    }

    @Test
    void a_constant_chain_counts_as_mixed() {
        assertThat(ChainDiagnostics.splitRhat(new double[] {3, 3, 3, 3, 3})).isEqualTo(1);
        assertThat(ChainDiagnostics.effectiveSampleSize(new double[] {3, 3, 3, 3})).isEqualTo(4);
        assertThatThrownBy(() -> ChainDiagnostics.splitRhat(new double[] {1, 2, 3})).hasMessageContaining("got 3");
    }

    @Test
    void posterior_summary_interpolates_quantiles_like_r() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(PosteriorSummary.quantile(sorted, 0.5)).isEqualTo(5.5);
        assertThat(PosteriorSummary.quantile(sorted, 0.025)).isCloseTo(1.225, within(1e-12));
        assertThat(PosteriorSummary.quantile(sorted, 0.975)).isCloseTo(9.775, within(1e-12));
    }
}
