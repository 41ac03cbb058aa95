package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LcmcrEstimatorTest {

    private static final SimulatedPopulation HETEROGENEOUS = new SimulatedPopulation(1_000, new double[] {0.3, 0.7},
            new double[][] {{0.7, 0.6, 0.7, 0.6, 0.7}, {0.25, 0.2, 0.3, 0.2, 0.25}}, List.of());

    private static LcmcrSettings quick(int iterations, long seed) {
        return LcmcrSettings.defaults().withIterations(iterations).withSeed(seed);
    }

    @Test
    void same_seed_gives_identical_results_and_another_seed_does_not() {
        CaptureTable table = HETEROGENEOUS.record(new SplittableRandom(91));
        Estimate first = new LcmcrEstimator(quick(2_000, 7)).estimate(table);
        Estimate again = new LcmcrEstimator(quick(2_000, 7)).estimate(table);
        Estimate other = new LcmcrEstimator(quick(2_000, 8)).estimate(table);
        assertThat(again).isEqualTo(first);
        assertThat(other.details()).isNotEqualTo(first.details());
    }

    @Test
    void posterior_interval_covers_the_true_size_of_a_simulated_population() {
        CaptureTable table = HETEROGENEOUS.record(new SplittableRandom(93));
        Estimate estimate = new LcmcrEstimator(quick(6_000, 1)).estimate(table);
        Interval credible = estimate.primaryInterval().orElseThrow();
        assertThat(credible.kind()).isEqualTo(Interval.Kind.CREDIBLE);
        assertThat(credible.contains(1_000)).isTrue();
        assertThat(estimate.value().getAsDouble()).isBetween(credible.low(), credible.high());
        assertThat(estimate.fit()).isEmpty();
        assertThat(estimate.model()).contains("seed 1").contains("K* = 10").contains("2 chains");
        EstimateDetails.Lcmcr details = (EstimateDetails.Lcmcr) estimate.details();
        assertThat(details.posterior().draws()).isEqualTo(2 * 3_000);
        assertThat(estimate.caveats()).isNotEmpty();
    }

    @Test
    void a_chain_too_short_to_mix_is_reported() {
        CaptureTable sparse = new SimulatedPopulation(20_000, new double[] {1}, new double[][] {{0.03, 0.04, 0.02, 0.05}},
                List.of()).record(new SplittableRandom(95));
        Estimate estimate = new LcmcrEstimator(new LcmcrSettings(10, 60, 20, 1, 1, 3, 0.25, 0.25, 0.95)).estimate(sparse);
        assertThat(estimate.warnings()).anyMatch(warning -> warning.contains("may not have converged"));
    }

    @Test
    void chains_that_settle_in_different_places_raise_r_hat() {
        double[] low = new double[500];
        double[] high = new double[500];
        Arrays.fill(low, 5_000);
        Arrays.fill(high, 20_000);
        for (int i = 0; i < 500; i++) {
            low[i] += i % 7;
            high[i] += i % 5;
        }
        assertThat(ChainDiagnostics.splitRhat(List.of(low, high))).isGreaterThan(10);
        assertThat(LcmcrEstimator.diagnose(PosteriorSummary.of(List.of(low, high), 0.95)))
                .anyMatch(warning -> warning.contains("R-hat"));
    }

    @Test
    void settings_reject_impossible_values_naming_them() {
        assertThatThrownBy(() -> new LcmcrSettings(0, 100, 50, 1, 1, 1, 0.25, 0.25, 0.95)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> new LcmcrSettings(10, 100, 100, 1, 1, 1, 0.25, 0.25, 0.95)).hasMessageContaining("burn-in");
        assertThatThrownBy(() -> new LcmcrSettings(10, 100, 90, 1, 1, 1, 0.25, 0.25, 0.95)).hasMessageContaining("only 10 draws");
        assertThatThrownBy(() -> new LcmcrSettings(10, 100, 50, 0, 1, 1, 0.25, 0.25, 0.95)).hasMessageContaining("thinning");
        assertThatThrownBy(() -> new LcmcrSettings(10, 100, 50, 1, 1, 1, -1, 0.25, 0.95)).hasMessageContaining("a = -1.0");
        assertThatThrownBy(() -> new LcmcrSettings(10, 100, 50, 1, 1, 1, 0.25, 0.25, 1)).hasMessageContaining("got 1.0");
        assertThatThrownBy(() -> new LcmcrSettings(10, 100, 50, 1, 0, 1, 0.25, 0.25, 0.95)).hasMessageContaining("chains");
    }
}
