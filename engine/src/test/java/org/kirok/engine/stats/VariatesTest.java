package org.kirok.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** Sample moments against the exact ones; 200,000 draws keep the tolerances at a few standard errors. */
class VariatesTest {

    private static final int DRAWS = 200_000;

    @Test
    void gamma_has_the_right_mean_and_variance_for_small_and_large_shapes() {
        for (double shape : new double[] {0.05, 0.3, 1, 2.5, 40}) {
            SplittableRandom random = new SplittableRandom(1);
            double rate = 2;
            assertMoments(() -> GammaVariate.sample(random, shape, rate), shape / rate, shape / (rate * rate));
        }
    }

    @Test
    void gamma_log_draws_stay_finite_for_tiny_shapes() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(GammaVariate.sampleLog(random, 1e-4)).isFinite();
        }
    }

    @Test
    void beta_has_the_right_mean_and_variance() {
        SplittableRandom random = new SplittableRandom(3);
        double a = 2;
        double b = 5;
        assertMoments(() -> BetaVariate.sample(random, a, b), a / (a + b), a * b / ((a + b) * (a + b) * (a + b + 1)));
    }

    @Test
    void binomial_has_the_right_moments_on_both_sampling_paths() {
        for (long trials : new long[] {10, 31, 1_000, 1_000_000}) {
            for (double p : new double[] {0.01, 0.3, 0.9}) {
                SplittableRandom random = new SplittableRandom(trials);
                assertMoments(() -> BinomialVariate.sample(random, trials, p), trials * p, trials * p * (1 - p));
            }
        }
    }

    @Test
    void binomial_handles_the_edges() {
        SplittableRandom random = new SplittableRandom(4);
        assertThat(BinomialVariate.sample(random, 0, 0.5)).isZero();
        assertThat(BinomialVariate.sample(random, 1_000, 0)).isZero();
        assertThat(BinomialVariate.sample(random, 1_000, 1)).isEqualTo(1_000);
    }

    @Test
    void poisson_has_the_right_moments_below_and_above_the_switch_to_rejection() {
        for (double mean : new double[] {0.2, 3, 9.99, 10, 57, 12_345}) {
            SplittableRandom random = new SplittableRandom(5);
            assertMoments(() -> PoissonVariate.sample(random, mean), mean, mean);
        }
    }

    @Test
    void negative_binomial_counts_failures_before_the_successes() {
        SplittableRandom random = new SplittableRandom(6);
        double size = 7.5;
        double p = 0.3;
        assertMoments(() -> NegativeBinomialVariate.sample(random, size, p), size * (1 - p) / p, size * (1 - p) / (p * p));
        assertThat(NegativeBinomialVariate.sample(random, 3, 1)).isZero();
    }

    @Test
    void multinomial_preserves_the_total_and_matches_the_proportions() {
        SplittableRandom random = new SplittableRandom(7);
        double[] weights = {1, 0, 3, 1e-30, 6};
        long[] counts = new long[weights.length];
        long[] totals = new long[weights.length];
        for (int draw = 0; draw < 2_000; draw++) {
            MultinomialVariate.sample(random, 500, weights, counts);
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                sum += counts[i];
                totals[i] += counts[i];
            }
            assertThat(sum).isEqualTo(500);
            assertThat(counts[1]).isZero();
        }
        assertThat(totals[0] / 1e6).isCloseTo(0.1, within(0.002));
        assertThat(totals[2] / 1e6).isCloseTo(0.3, within(0.002));
        assertThat(totals[4] / 1e6).isCloseTo(0.6, within(0.002));
    }

    @Test
    void same_seed_gives_the_same_draws() {
        SplittableRandom first = new SplittableRandom(99);
        SplittableRandom second = new SplittableRandom(99);
        for (int i = 0; i < 1_000; i++) {
            assertThat(GammaVariate.sample(first, 0.7, 1)).isEqualTo(GammaVariate.sample(second, 0.7, 1));
            assertThat(BinomialVariate.sample(first, 5_000, 0.2)).isEqualTo(BinomialVariate.sample(second, 5_000, 0.2));
        }
    }

    @Test
    void rejects_invalid_parameters_naming_the_value() {
        SplittableRandom random = new SplittableRandom(8);
        assertThatThrownBy(() -> GammaVariate.sample(random, -1, 1)).hasMessageContaining("shape").hasMessageContaining("-1");
        assertThatThrownBy(() -> GammaVariate.sample(random, 1, 0)).hasMessageContaining("rate");
        assertThatThrownBy(() -> BetaVariate.sample(random, 1, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> BinomialVariate.sample(random, -3, 0.5)).hasMessageContaining("-3");
        assertThatThrownBy(() -> BinomialVariate.sample(random, 3, 1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> PoissonVariate.sample(random, -2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> NegativeBinomialVariate.sample(random, 2, 0)).hasMessageContaining("0.0");
        assertThatThrownBy(() -> MultinomialVariate.sample(random, 5, new double[] {0, 0}, new long[2]))
                .hasMessageContaining("at least one weight");
        assertThatThrownBy(() -> MultinomialVariate.sample(random, 5, new double[] {1, -1}, new long[2]))
                .hasMessageContaining("weight 1");
    }

    private static void assertMoments(DoubleSupplier draw, double mean, double variance) {
        double[] values = new double[DRAWS];
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            values[i] = draw.getAsDouble();
            sum += values[i];
        }
        double sampleMean = sum / DRAWS;
        double second = 0;
        double fourth = 0;
        for (double value : values) {
            double squared = (value - sampleMean) * (value - sampleMean);
            second += squared;
            fourth += squared * squared;
        }
        double sampleVariance = second / DRAWS;
        // standard errors of the sample mean and of the sample variance (from the fourth moment)
        double meanError = Math.sqrt(variance / DRAWS);
        double varianceError = Math.sqrt(Math.max(0, fourth / DRAWS - sampleVariance * sampleVariance) / DRAWS);
        assertThat(sampleMean).as("mean").isCloseTo(mean, within(5 * meanError + 1e-12));
        assertThat(sampleVariance).as("variance").isCloseTo(variance, within(5 * varianceError + 1e-12));
    }
}
