package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The small simulation study of the test suite (the large one is {@code ./kirok bench estimate}):
 * 200 populations of 500 people (LCMCR: two chains of 1,000 sweeps each), two latent groups with very different chances of being recorded
 * (heterogeneity) and one list that refers its cases to another (direct dependence).
 */
class SimulationStudyTest {

    static final SimulatedPopulation POPULATION = new SimulatedPopulation(500, new double[] {0.3, 0.7},
            new double[][] {{0.7, 0.6, 0.7, 0.6, 0.7}, {0.25, 0.2, 0.3, 0.2, 0.25}},
            List.of(new SimulatedPopulation.Referral(0, 1, 2)));

    @Test
    void lcmcr_interval_covers_the_truth_in_at_least_90_percent_of_200_replications() {
        LcmcrEstimator estimator = new LcmcrEstimator(LcmcrSettings.defaults().withIterations(1_000));
        CoverageReport report = SimulationStudy.run(POPULATION, estimator, 200, 2_024, ProgressListener.NONE);
        assertThat(report.replications()).isEqualTo(200);
        assertThat(report.withoutEstimate()).isZero();
        assertThat(report.coverage()).isGreaterThanOrEqualTo(0.90);
        assertThat(Math.abs(report.relativeBias())).isLessThan(0.05);
    }

    @Test
    void simulated_populations_record_roughly_the_expected_share() {
        // P(seen) = 0.3 · (1 − 0.3·0.4·0.3·0.4·0.3) + 0.7 · (1 − 0.75·0.8·0.7·0.8·0.75), before the referral effect
        double expected = 0.3 * (1 - 0.3 * 0.4 * 0.3 * 0.4 * 0.3) + 0.7 * (1 - 0.75 * 0.8 * 0.7 * 0.8 * 0.75);
        SimulatedPopulation noReferral = new SimulatedPopulation(100_000, new double[] {0.3, 0.7},
                new double[][] {{0.7, 0.6, 0.7, 0.6, 0.7}, {0.25, 0.2, 0.3, 0.2, 0.25}}, List.of());
        CaptureTable table = noReferral.record(new SplittableRandom(97));
        assertThat(table.observed() / 100_000.0).isCloseTo(expected, within(0.005));
    }

    @Test
    void a_referral_makes_the_two_lists_overlap_more() {
        SimulatedPopulation without = new SimulatedPopulation(50_000, new double[] {1}, new double[][] {{0.3, 0.3, 0.3}}, List.of());
        SimulatedPopulation with = new SimulatedPopulation(50_000, new double[] {1}, new double[][] {{0.3, 0.3, 0.3}},
                List.of(new SimulatedPopulation.Referral(0, 1, 4)));
        long plain = without.record(new SplittableRandom(1)).overlap(0b011);
        long referred = with.record(new SplittableRandom(1)).overlap(0b011);
        assertThat(referred).isGreaterThan(2 * plain);
    }

    @Test
    void rejects_inconsistent_populations() {
        assertThatThrownBy(() -> new SimulatedPopulation(0, new double[] {1}, new double[][] {{0.5, 0.5}}, List.of()))
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> new SimulatedPopulation(10, new double[] {0.5, 0.4}, new double[][] {{0.5, 0.5}, {0.1, 0.1}}, List.of()))
                .hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new SimulatedPopulation(10, new double[] {1}, new double[][] {{0.5, 1.5}}, List.of()))
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new SimulatedPopulation.Referral(2, 1, 2)).hasMessageContaining("2 -> 1");
        assertThatThrownBy(() -> new SimulatedPopulation(10, new double[] {1}, new double[][] {{0.5, 0.5}},
                List.of(new SimulatedPopulation.Referral(0, 3, 2)))).hasMessageContaining("list 3");
        assertThatThrownBy(() -> SimulationStudy.run(POPULATION, new ChapmanEstimator(), 0, 1, ProgressListener.NONE))
                .hasMessageContaining("got 0");
    }
}
