package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndependenceEstimateTest {

    @Test
    void equals_lincoln_petersen_for_two_lists() {
        CaptureTable table = CaptureTable.of(List.of("A", "B"), new long[] {0, 60, 40, 20});
        assertThat(IndependenceEstimate.of(table)).isCloseTo(80.0 * 60 / 20, within(1e-6));
    }

    @Test
    void agrees_with_the_log_linear_independence_model() {
        CaptureTable table = ModelSearchTest.SharedDataFree.hivLikeTable();
        double logLinear = LogLinearFitterTest.fitted(table, LogLinearModel.independence(4)).estimate();
        assertThat(IndependenceEstimate.of(table)).isCloseTo(logLinear, within(1e-4 * logLinear));
    }

    @Test
    void caps_the_search_when_lists_do_not_overlap() {
        CaptureTable table = CaptureTable.of(List.of("A", "B"), new long[] {0, 60, 40, 0});
        assertThat(IndependenceEstimate.of(table)).isEqualTo(100 * 1e6);
    }
}
