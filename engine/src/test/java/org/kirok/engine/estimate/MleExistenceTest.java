package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MleExistenceTest {

    private static final List<String> ABC = List.of("A", "B", "C");

    @Test
    void a_term_nobody_shares_has_no_estimate() {
        // nobody on both A and C
        CaptureTable table = CaptureTable.of(ABC, new long[] {0, 40, 30, 8, 25, 0, 6, 0});
        Optional<NonExistentMle> problem = MleExistence.check(table, LogLinearModel.hierarchical(3, List.of(0b101)));
        assertThat(problem).hasValueSatisfying(mle -> {
            assertThat(mle.zeroMargins()).isTrue();
            assertThat(mle.describe(ABC)).contains("A:C").contains("unidentifiable");
        });
        assertThat(MleExistence.check(table, LogLinearModel.hierarchical(3, List.of(0b011)))).isEmpty();
    }

    @Test
    void an_empty_top_cell_breaks_the_saturated_model_without_any_zero_margin() {
        CaptureTable table = CaptureTable.of(ABC, new long[] {0, 40, 30, 8, 25, 5, 6, 0});
        Optional<NonExistentMle> problem = MleExistence.check(table, LogLinearModel.allInteractions(3, 2));
        assertThat(problem).hasValueSatisfying(mle -> assertThat(mle.zeroMargins()).isFalse());
    }

    @Test
    void two_lists_that_never_overlap_have_no_estimate() {
        CaptureTable table = CaptureTable.of(List.of("A", "B"), new long[] {0, 30, 25, 0});
        assertThat(MleExistence.check(table, LogLinearModel.independence(2))).isPresent();
    }

    @Test
    void zero_cells_that_leave_the_model_identified_are_accepted() {
        CaptureTable table = CaptureTable.of(ABC, new long[] {0, 40, 30, 0, 25, 0, 6, 3});
        assertThat(MleExistence.check(table, LogLinearModel.independence(3))).isEmpty();
    }

    /**
     * The property behind the check: where it says an MLE exists, IRLS converges to finite
     * coefficients; where it says none exists, an unchecked fit runs some coefficient off toward
     * infinity or cannot be fitted at all.
     */
    @Test
    void agrees_with_the_behaviour_of_an_unchecked_fit_on_random_sparse_tables() {
        SplittableRandom random = new SplittableRandom(47);
        List<LogLinearModel> models = HierarchicalModels.all(4);
        int absent = 0;
        int present = 0;
        for (int trial = 0; trial < 400; trial++) {
            long[] counts = new long[16];
            for (int pattern = 1; pattern < 16; pattern++) {
                counts[pattern] = random.nextDouble() < 0.35 ? 0 : 1 + random.nextInt(40);
            }
            counts[1 + random.nextInt(15)] += 1;
            CaptureTable table = CaptureTable.of(List.of("A", "B", "C", "D"), counts);
            LogLinearModel model = models.get(random.nextInt(models.size()));
            Design design = Design.observedCells(model);
            double[] y = new double[design.cellCount()];
            for (int cell = 0; cell < y.length; cell++) {
                y[cell] = counts[design.pattern(cell)];
            }
            Optional<PoissonFit> unchecked = PoissonRegression.fit(design, y, Optional.empty());
            if (MleExistence.check(table, model).isEmpty()) {
                present++;
                assertThat(unchecked).as("fit of " + model + " on " + Arrays.toString(counts)).isPresent();
                assertThat(maxAbs(unchecked.get().coefficients())).isLessThan(15);
            } else {
                absent++;
                unchecked.ifPresent(fit -> assertThat(maxAbs(fit.coefficients())).as(model.toString()).isGreaterThan(8));
            }
        }
        assertThat(absent).isGreaterThan(50);
        assertThat(present).isGreaterThan(50);
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
