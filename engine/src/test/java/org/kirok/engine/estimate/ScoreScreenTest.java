package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreScreenTest {

    private static final CaptureTable TABLE = new SimulatedPopulation(40_000, new double[] {1},
            new double[][] {{0.2, 0.25, 0.15, 0.2, 0.3}}, List.of(new SimulatedPopulation.Referral(0, 2, 1.6)))
            .record(new SplittableRandom(111));

    @Test
    void score_statistic_approximates_the_drop_in_deviance_of_each_addition() {
        LogLinearModel independence = LogLinearModel.independence(5);
        ModelOutcome.Fitted current = (ModelOutcome.Fitted) LogLinearFitter.fit(TABLE, independence);
        ScoreScreen screen = ScoreScreen.at(TABLE, independence, current.poisson()).orElseThrow();
        for (int term : ModelSearch.additions(independence)) {
            double drop = current.candidate().fit().deviance()
                    - LogLinearFitterTest.fitted(TABLE, independence.with(term)).fit().deviance();
            assertThat(screen.scoreStatistic(term)).as("term " + term).isCloseTo(drop, within(0.1 * drop + 0.5));
        }
    }

    @Test
    void wald_statistic_approximates_the_rise_in_deviance_of_each_removal() {
        LogLinearModel model = LogLinearModel.allInteractions(5, 2);
        ModelOutcome.Fitted current = (ModelOutcome.Fitted) LogLinearFitter.fit(TABLE, model);
        ScoreScreen screen = ScoreScreen.at(TABLE, model, current.poisson()).orElseThrow();
        for (int term : model.maximalInteractions()) {
            double rise = LogLinearFitterTest.fitted(TABLE, model.without(term)).fit().deviance()
                    - current.candidate().fit().deviance();
            assertThat(screen.waldStatistic(term)).as("term " + term).isCloseTo(rise, within(0.1 * rise + 0.5));
        }
    }

    @Test
    void screened_stepwise_search_on_ten_lists_finds_the_referral() {
        double[] rates = {0.2, 0.25, 0.15, 0.2, 0.3, 0.2, 0.25, 0.15, 0.2, 0.3};
        CaptureTable tenLists = new SimulatedPopulation(20_000, new double[] {1}, new double[][] {rates},
                List.of(new SimulatedPopulation.Referral(3, 7, 4))).record(new SplittableRandom(113));
        ModelRanking ranking = ModelSearch.search(tenLists, Criterion.BIC, ProgressListener.NONE);
        assertThat(ranking.strategy()).isEqualTo(ModelRanking.Strategy.STEPWISE);
        assertThat(ranking.ranked().getFirst().model().contains(0b0010001000)).isTrue();
        assertThat(ranking.ranked().getFirst().estimate()).isCloseTo(20_000, within(1_000.0));
    }
}
