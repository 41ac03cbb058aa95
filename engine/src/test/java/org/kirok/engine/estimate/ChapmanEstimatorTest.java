package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChapmanEstimatorTest {

    private static CaptureTable twoLists(long onlyFirst, long onlySecond, long both) {
        return CaptureTable.of(List.of("UN", "NGO"), new long[] {0, onlyFirst, onlySecond, both});
    }

    @Test
    void computes_chapman_and_seber_variance() {
        // n1 = 100, n2 = 80, m = 20
        Estimate estimate = new ChapmanEstimator().estimate(twoLists(80, 60, 20));
        assertThat(estimate.value().getAsDouble()).isCloseTo(101.0 * 81 / 21 - 1, within(1e-9));
        double variance = 101.0 * 81 * 80 * 60 / (21.0 * 21 * 22);
        assertThat(estimate.standardError().getAsDouble()).isCloseTo(Math.sqrt(variance), within(1e-9));
        assertThat(estimate.primaryInterval().orElseThrow().kind()).isEqualTo(Interval.Kind.LOG_NORMAL);
        assertThat(estimate.method()).isEqualTo(Method.CHAPMAN);
        assertThat(estimate.fit()).isEmpty();
        assertThat(estimate.warnings()).isEmpty();
        assertThat(((EstimateDetails.Chapman) estimate.details()).lincolnPetersen().getAsDouble()).isCloseTo(400, within(1e-9));
    }

    @Test
    void log_normal_interval_never_falls_below_the_observed_count_for_random_tables() {
        SplittableRandom random = new SplittableRandom(71);
        for (int trial = 0; trial < 500; trial++) {
            CaptureTable table = twoLists(random.nextInt(200), 1 + random.nextInt(200), 1 + random.nextInt(40));
            Estimate estimate = new ChapmanEstimator().estimate(table);
            for (Interval interval : estimate.intervals()) {
                assertThat(interval.low()).isGreaterThanOrEqualTo(table.observed());
                assertThat(interval.contains(estimate.value().getAsDouble())).isTrue();
            }
        }
    }

    @Test
    void approaches_the_log_linear_estimate_when_the_overlap_is_large() {
        CaptureTable table = twoLists(4_000, 3_000, 2_000);
        double chapman = new ChapmanEstimator().estimate(table).value().getAsDouble();
        double logLinear = LogLinearEstimator.fixed(LogLinearModel.independence(2)).estimate(table).value().getAsDouble();
        assertThat(chapman).isCloseTo(logLinear, within(0.001 * logLinear));
    }

    @Test
    void warns_when_few_or_no_people_are_on_both_lists() {
        assertThat(new ChapmanEstimator().estimate(twoLists(50, 40, 3)).warnings()).singleElement().asString()
                .contains("only 3 people");
        assertThat(new ChapmanEstimator().estimate(twoLists(50, 40, 0)).warnings()).singleElement().asString()
                .contains("nobody is on both lists");
    }

    @Test
    void rejects_more_than_two_lists_and_bad_levels() {
        CaptureTable three = CaptureTable.of(List.of("A", "B", "C"), new long[] {0, 1, 1, 1, 1, 1, 1, 1});
        assertThatThrownBy(() -> new ChapmanEstimator().estimate(three)).hasMessageContaining("exactly two lists, got 3");
        assertThatThrownBy(() -> new ChapmanEstimator(1.2)).hasMessageContaining("1.2");
    }
}
