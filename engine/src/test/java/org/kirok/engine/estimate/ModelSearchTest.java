package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModelSearchTest {

    @Test
    void finds_a_strong_interaction_between_two_lists() {
        // four lists, 20,000 people; being on A makes being on B far more likely
        CaptureTable table = new SimulatedPopulation(20_000, new double[] {1}, new double[][] {{0.2, 0.15, 0.25, 0.2}},
                List.of(new SimulatedPopulation.Referral(0, 1, 6))).record(new SplittableRandom(51));
        for (Criterion criterion : Criterion.values()) {
            ModelRanking ranking = ModelSearch.search(table, criterion, ProgressListener.NONE);
            assertThat(ranking.strategy()).isEqualTo(ModelRanking.Strategy.EXHAUSTIVE);
            assertThat(ranking.ranked().getFirst().model().contains(0b0011)).as(criterion.toString()).isTrue();
            assertThat(ranking.ranked().getFirst().estimate()).isCloseTo(20_000, withinPercentage(10));
        }
    }

    @Test
    void ranks_models_by_the_criterion_best_first() {
        CaptureTable table = SharedDataFree.hivLikeTable();
        ModelRanking ranking = ModelSearch.search(table, Criterion.AIC, ProgressListener.NONE);
        List<Double> values = ranking.ranked().stream().map(candidate -> candidate.fit().aic()).toList();
        assertThat(values).isSorted();
        assertThat(ranking.ranked().size() + ranking.unestimable()).isEqualTo(113);
    }

    @Test
    void stepwise_search_on_six_lists_never_ends_worse_than_independence() {
        SplittableRandom random = new SplittableRandom(53);
        for (int trial = 0; trial < 5; trial++) {
            CaptureTable table = new SimulatedPopulation(3_000, new double[] {0.3, 0.7},
                    new double[][] {{0.4, 0.3, 0.35, 0.3, 0.25, 0.3}, {0.1, 0.15, 0.1, 0.1, 0.12, 0.08}},
                    List.of(new SimulatedPopulation.Referral(1, 4, 3))).record(random);
            ModelRanking ranking = ModelSearch.search(table, Criterion.BIC, ProgressListener.NONE);
            assertThat(ranking.strategy()).isEqualTo(ModelRanking.Strategy.STEPWISE);
            CandidateModel independence = LogLinearFitterTest.fitted(table, LogLinearModel.independence(6));
            assertThat(ranking.ranked().getFirst().fit().bic()).isLessThanOrEqualTo(independence.fit().bic());
        }
    }

    @Test
    void neighbours_stay_hierarchical_and_differ_by_one_term() {
        LogLinearModel model = LogLinearModel.hierarchical(4, List.of(0b0011, 0b0101, 0b0110));
        List<LogLinearModel> neighbours = ModelSearch.neighbours(model);
        assertThat(neighbours).contains(model.with(0b0111), model.without(0b0011), model.with(0b1001));
        for (LogLinearModel neighbour : neighbours) {
            assertThat(Math.abs(neighbour.parameterCount() - model.parameterCount())).isEqualTo(1);
            assertThat(LogLinearModel.hierarchical(4, neighbour.interactions())).isEqualTo(neighbour);
        }
    }

    @Test
    void leaves_out_models_without_estimate_and_says_how_many() {
        // nobody on both C and D: every model with C:D is unestimable
        long[] counts = new long[16];
        SplittableRandom random = new SplittableRandom(55);
        for (int pattern = 1; pattern < 16; pattern++) {
            if ((pattern & 0b1100) != 0b1100) {
                counts[pattern] = 5 + random.nextInt(60);
            }
        }
        CaptureTable table = CaptureTable.of(List.of("A", "B", "C", "D"), counts);
        ModelRanking ranking = ModelSearch.search(table, Criterion.AIC, ProgressListener.NONE);
        assertThat(ranking.unestimable()).isPositive();
        assertThat(ranking.ranked()).noneMatch(candidate -> candidate.model().contains(0b1100));
        assertThat(ranking.unestimableReasons()).anyMatch(reason -> reason.contains("C:D"));
    }

    /** Tables built in code, so these tests run without the shared data folder. */
    static final class SharedDataFree {
        static CaptureTable hivLikeTable() {
            long[] counts = new long[16];
            int[][] rows = {{0b1111, 1}, {0b0111, 3}, {0b1011, 1}, {0b0011, 33}, {0b1101, 2}, {0b0101, 20}, {0b1001, 6},
                {0b0001, 403}, {0b1110, 3}, {0b0110, 35}, {0b1010, 10}, {0b0010, 545}, {0b1100, 11}, {0b0100, 621}, {0b1000, 205}};
            for (int[] row : rows) {
                counts[row[0]] = row[1];
            }
            return CaptureTable.of(List.of("c1", "c2", "c3", "c4"), counts);
        }
    }
}
