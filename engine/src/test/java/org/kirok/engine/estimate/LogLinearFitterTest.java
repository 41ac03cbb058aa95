package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogLinearFitterTest {

    @Test
    void two_lists_give_the_lincoln_petersen_estimate() {
        CaptureTable table = CaptureTable.of(List.of("A", "B"), new long[] {0, 60, 40, 20});
        CandidateModel fit = fitted(table, LogLinearModel.independence(2));
        // N = n + n10 · n01 / n11 = 120 + 60 · 40 / 20 = (80 · 60) / 20
        assertThat(fit.estimate()).isCloseTo(240, within(1e-8));
        assertThat(fit.fit().degreesOfFreedom()).isZero();
    }

    @Test
    void saturated_three_list_model_matches_its_closed_form_for_random_tables() {
        SplittableRandom random = new SplittableRandom(41);
        for (int trial = 0; trial < 100; trial++) {
            long[] counts = new long[8];
            for (int pattern = 1; pattern < 8; pattern++) {
                counts[pattern] = 1 + random.nextInt(300);
            }
            CaptureTable table = CaptureTable.of(List.of("A", "B", "C"), counts);
            double unobserved = (double) counts[0b111] * counts[0b001] * counts[0b010] * counts[0b100]
                    / ((double) counts[0b011] * counts[0b101] * counts[0b110]);
            CandidateModel fit = fitted(table, LogLinearModel.allInteractions(3, 2));
            assertThat(fit.estimate()).isCloseTo(table.observed() + unobserved, within(1e-6 * (table.observed() + unobserved)));
            assertThat(fit.fit().deviance()).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void fitted_margins_equal_observed_margins() {
        SplittableRandom random = new SplittableRandom(43);
        long[] counts = new long[16];
        for (int pattern = 1; pattern < 16; pattern++) {
            counts[pattern] = 1 + random.nextInt(50);
        }
        CaptureTable table = CaptureTable.of(List.of("A", "B", "C", "D"), counts);
        LogLinearModel model = LogLinearModel.hierarchical(4, List.of(0b0011, 0b1100));
        ModelOutcome.Fitted outcome = (ModelOutcome.Fitted) LogLinearFitter.fit(table, model);
        Design design = Design.observedCells(model);
        for (int term : model.terms()) {
            double fittedMargin = 0;
            for (int cell = 0; cell < design.cellCount(); cell++) {
                fittedMargin += (design.pattern(cell) & term) == term ? outcome.poisson().fitted()[cell] : 0;
            }
            assertThat(fittedMargin).isCloseTo(table.overlap(term), within(1e-6));
        }
    }

    @Test
    void more_parameters_never_raise_the_deviance() {
        CaptureTable table = CaptureTable.of(List.of("A", "B", "C"), new long[] {0, 70, 55, 12, 40, 9, 11, 6});
        double independence = fitted(table, LogLinearModel.independence(3)).fit().deviance();
        double oneInteraction = fitted(table, LogLinearModel.hierarchical(3, List.of(0b011))).fit().deviance();
        double saturated = fitted(table, LogLinearModel.allInteractions(3, 2)).fit().deviance();
        assertThat(independence).isGreaterThanOrEqualTo(oneInteraction);
        assertThat(oneInteraction).isGreaterThanOrEqualTo(saturated);
    }

    @Test
    void reports_a_model_without_estimate_instead_of_a_number() {
        CaptureTable disjoint = CaptureTable.of(List.of("A", "B"), new long[] {0, 30, 25, 0});
        assertThat(LogLinearFitter.fit(disjoint, LogLinearModel.independence(2)))
                .isInstanceOfSatisfying(ModelOutcome.Unestimable.class,
                        unestimable -> assertThat(unestimable.reason()).contains("no maximum likelihood estimate"));
    }

    static CandidateModel fitted(CaptureTable table, LogLinearModel model) {
        return ((ModelOutcome.Fitted) LogLinearFitter.fit(table, model)).candidate();
    }
}
