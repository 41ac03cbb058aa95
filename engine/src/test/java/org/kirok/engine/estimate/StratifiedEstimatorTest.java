package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StratifiedEstimatorTest {

    private static final List<String> LISTS = List.of("A", "B", "C");

    private static StratifiedTable twoPeriods() {
        Map<String, CaptureTable> strata = new LinkedHashMap<>();
        strata.put("2015-2018", CaptureTable.of(LISTS, new long[] {0, 120, 95, 30, 80, 22, 18, 9}));
        strata.put("2019-2022", CaptureTable.of(LISTS, new long[] {0, 60, 70, 25, 45, 15, 12, 7}));
        return new StratifiedTable(strata);
    }

    @Test
    void total_is_the_sum_of_the_strata_and_its_variance_the_sum_of_theirs() {
        StratifiedTable table = twoPeriods();
        Estimate total = new StratifiedEstimator(LogLinearEstimator.fixed(LogLinearModel.independence(3)))
                .estimate(table, ProgressListener.NONE);
        Map<String, Estimate> strata = ((EstimateDetails.Stratified) total.details()).strata();
        assertThat(strata.keySet()).containsExactly("2015-2018", "2019-2022");
        double sum = strata.values().stream().mapToDouble(estimate -> estimate.value().getAsDouble()).sum();
        double variance = strata.values().stream().mapToDouble(estimate -> Math.pow(estimate.standardError().getAsDouble(), 2)).sum();
        assertThat(total.value().getAsDouble()).isCloseTo(sum, within(1e-9));
        assertThat(total.standardError().getAsDouble()).isCloseTo(Math.sqrt(variance), within(1e-9));
        assertThat(total.observed()).isEqualTo(table.observed());
        assertThat(total.primaryInterval().orElseThrow().kind()).isEqualTo(Interval.Kind.WALD);
    }

    @Test
    void small_strata_are_named_in_the_warnings() {
        Estimate total = new StratifiedEstimator(LogLinearEstimator.fixed(LogLinearModel.independence(3)), 300)
                .estimate(twoPeriods(), ProgressListener.NONE);
        assertThat(total.warnings()).anyMatch(warning -> warning.contains("'2019-2022' has only 234 people"));
        assertThat(total.warnings()).noneMatch(warning -> warning.contains("'2015-2018' has only"));
    }

    @Test
    void a_stratum_without_estimate_leaves_the_total_without_one() {
        Map<String, CaptureTable> strata = new LinkedHashMap<>(twoPeriods().strata());
        strata.put("2023", CaptureTable.of(LISTS, new long[] {0, 10, 12, 0, 9, 0, 0, 0}));
        Estimate total = new StratifiedEstimator(LogLinearEstimator.fixed(LogLinearModel.independence(3)))
                .estimate(new StratifiedTable(strata), ProgressListener.NONE);
        assertThat(total.value()).isEmpty();
        assertThat(total.warnings().getFirst()).contains("no total").contains("2023");
    }

    @Test
    void lcmcr_strata_combine_their_posterior_draws_reproducibly() {
        SimulatedPopulation population = new SimulatedPopulation(600, new double[] {1}, new double[][] {{0.4, 0.35, 0.3}}, List.of());
        SplittableRandom random = new SplittableRandom(101);
        Map<String, CaptureTable> strata = new LinkedHashMap<>();
        strata.put("north", population.record(random));
        strata.put("south", population.record(random));
        StratifiedEstimator estimator = new StratifiedEstimator(new LcmcrEstimator(LcmcrSettings.defaults().withIterations(3_000)));
        Estimate total = estimator.estimate(new StratifiedTable(strata), ProgressListener.NONE);
        assertThat(estimator.estimate(new StratifiedTable(strata), ProgressListener.NONE)).isEqualTo(total);
        assertThat(total.primaryInterval().orElseThrow().kind()).isEqualTo(Interval.Kind.CREDIBLE);
        assertThat(total.primaryInterval().orElseThrow().contains(1_200)).isTrue();
    }

    @Test
    void rejects_strata_with_different_lists() {
        Map<String, CaptureTable> strata = new LinkedHashMap<>(twoPeriods().strata());
        strata.put("other", CaptureTable.of(List.of("A", "B"), new long[] {0, 1, 1, 1}));
        assertThatThrownBy(() -> new StratifiedTable(strata)).hasMessageContaining("'other' has lists [A, B]");
        assertThatThrownBy(() -> new StratifiedTable(Map.of())).hasMessageContaining("at least one stratum");
    }
}
