package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinearEstimatorTest {

    @Test
    void quotes_the_profile_interval_first_then_wald() {
        Estimate estimate = LogLinearEstimator.fixed(LogLinearModel.hierarchical(4, List.of(0b0011)))
                .estimate(ModelSearchTest.SharedDataFree.hivLikeTable());
        assertThat(estimate.intervals()).extracting(Interval::kind)
                .containsExactly(Interval.Kind.PROFILE_LIKELIHOOD, Interval.Kind.WALD);
        assertThat(estimate.model()).isEqualTo("c1 + c2 + c3 + c4 + c1:c2");
        assertThat(estimate.fit()).isPresent();
        assertThat(estimate.caveats()).anyMatch(caveat -> caveat.contains("heterogeneity"));
    }

    @Test
    void warns_about_a_poorly_fitting_model() {
        CaptureTable dependent = CaptureTable.of(List.of("A", "B", "C"), new long[] {0, 300, 300, 200, 300, 10, 10, 150});
        Estimate estimate = LogLinearEstimator.fixed(LogLinearModel.independence(3)).estimate(dependent);
        assertThat(estimate.warnings()).anyMatch(warning -> warning.contains("fits poorly"));
    }

    @Test
    void warns_that_a_saturated_model_cannot_be_checked() {
        CaptureTable table = CaptureTable.of(List.of("A", "B", "C"), new long[] {0, 120, 95, 30, 80, 22, 18, 9});
        Estimate estimate = LogLinearEstimator.fixed(LogLinearModel.allInteractions(3, 2)).estimate(table);
        assertThat(estimate.warnings()).anyMatch(warning -> warning.contains("saturated"));
    }

    @Test
    void gives_a_warning_and_no_number_when_the_mle_does_not_exist() {
        CaptureTable table = CaptureTable.of(List.of("A", "B", "C"), new long[] {0, 40, 30, 8, 25, 0, 6, 0});
        Estimate estimate = LogLinearEstimator.fixed(LogLinearModel.hierarchical(3, List.of(0b101))).estimate(table);
        assertThat(estimate.value()).isEmpty();
        assertThat(estimate.standardError()).isEmpty();
        assertThat(estimate.intervals()).isEmpty();
        assertThat(estimate.fit()).isEmpty();
        assertThat(estimate.warnings()).singleElement().asString().contains("A:C");
    }

    @Test
    void search_reports_the_models_it_compared() {
        Estimate estimate = LogLinearEstimator.search(Criterion.BIC).estimate(ModelSearchTest.SharedDataFree.hivLikeTable());
        EstimateDetails.LogLinear details = (EstimateDetails.LogLinear) estimate.details();
        assertThat(details.compared()).hasSizeGreaterThan(50);
        assertThat(details.compared().getFirst().model().describe(estimate.lists())).isEqualTo(estimate.model());
        assertThat(details.search().orElseThrow().criterion()).isEqualTo(Criterion.BIC);
    }

    @Test
    void rejects_a_missing_choice_and_a_bad_level() {
        assertThatThrownBy(() -> new LogLinearEstimator(null, 0.95)).hasMessageContaining("model choice");
        assertThatThrownBy(() -> new LogLinearEstimator(new ModelChoice.Search(Criterion.AIC), 0)).hasMessageContaining("got 0.0");
    }
}
