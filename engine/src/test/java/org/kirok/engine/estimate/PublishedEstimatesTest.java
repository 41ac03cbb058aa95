package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Validation against the reference values in {@code mse/published_estimates.csv} (Rcapture's
 * reference output and Rivest 2011): every reproducible figure within 0.1%, or within half a unit
 * of its last published digit when it was published rounded more coarsely than that.
 */
class PublishedEstimatesTest {

    /** The rows this engine reproduces: the published model description → our model. */
    private static final Map<String, LogLinearModel> MODELS = Map.of(
            "Poisson loglinear Mt + c1:c2", LogLinearModel.hierarchical(4, List.of(0b0011)),
            "Multinomial loglinear Mt + c1:c2", LogLinearModel.hierarchical(4, List.of(0b0011)),
            "Poisson loglinear all 2-way interactions", LogLinearModel.allInteractions(4, 2),
            "Multinomial all 2-way interactions", LogLinearModel.allInteractions(4, 2),
            "saturated loglinear", LogLinearModel.allInteractions(3, 2),
            "loglinear c1:c2 + c2:c3", LogLinearModel.hierarchical(3, List.of(0b011, 0b110)));

    @Test
    void reproduces_every_log_linear_reference_value() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.mse("published_estimates.csv"));
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = splitCsv(line);
            String method = row.get(header.indexOf("model_or_method"));
            LogLinearModel model = MODELS.get(method);
            if (model == null) {
                continue;
            }
            CaptureTable table = SharedData.table(row.get(header.indexOf("data_file")));
            assertThat(table.observed()).isEqualTo(Long.parseLong(row.get(header.indexOf("observed"))));
            Estimate estimate = LogLinearEstimator.fixed(model).estimate(table);
            boolean multinomial = method.startsWith("Multinomial");
            double point = multinomial
                    ? ((EstimateDetails.LogLinear) estimate.details()).multinomialEstimate().orElseThrow()
                    : estimate.value().orElseThrow();
            checked += check(method + " estimate", point, row.get(header.indexOf("estimate_N")));
            if (!multinomial) {
                checked += check(method + " stderr", estimate.standardError().orElseThrow(), row.get(header.indexOf("stderr")));
                checked += check(method + " deviance", estimate.fit().orElseThrow().deviance(), row.get(header.indexOf("deviance")));
                checked += check(method + " df", estimate.fit().orElseThrow().degreesOfFreedom(), row.get(header.indexOf("df")));
            } else {
                Interval profile = estimate.primaryInterval().orElseThrow();
                assertThat(profile.kind()).isEqualTo(Interval.Kind.PROFILE_LIKELIHOOD);
                checked += check(method + " ci_low", profile.low(), row.get(header.indexOf("ci_low")));
                checked += check(method + " ci_high", profile.high(), row.get(header.indexOf("ci_high")));
            }
        }
        assertThat(checked).as("reference figures checked").isGreaterThanOrEqualTo(20);
    }

    @Test
    void uk_2013_selected_model_lands_in_the_published_range() {
        CaptureTable uk = SharedData.table("sparsemse_UKdat.csv");
        assertThat(uk.observed()).isEqualTo(2_744);
        for (Criterion criterion : Criterion.values()) {
            Estimate estimate = LogLinearEstimator.search(criterion).estimate(uk);
            assertThat(estimate.value().orElseThrow()).as("UK 2013 by " + criterion).isBetween(10_000.0, 13_000.0);
            assertThat(((EstimateDetails.LogLinear) estimate.details()).search().orElseThrow().strategy())
                    .isEqualTo(ModelRanking.Strategy.STEPWISE);
        }
    }

    @Test
    void uk_2013_independence_model_matches_the_documented_figure() {
        Estimate estimate = LogLinearEstimator.fixed(LogLinearModel.independence(6)).estimate(SharedData.table("sparsemse_UKdat.csv"));
        assertThat(estimate.value().orElseThrow()).isCloseTo(12_214, within(0.5));
    }

    @Test
    void uk_2013_all_two_way_model_has_no_estimate_because_of_empty_overlaps() {
        Estimate estimate = LogLinearEstimator.fixed(LogLinearModel.allInteractions(6, 2))
                .estimate(SharedData.table("sparsemse_UKdat.csv"));
        assertThat(estimate.value()).isEmpty();
        assertThat(estimate.warnings()).singleElement().asString().contains("LA:GP").contains("unidentifiable");
    }

    /** Within 0.1%, or half a unit in the last digit published, whichever is looser. Returns 1 if a value was given. */
    private static int check(String what, double actual, String published) {
        if (published.isBlank()) {
            return 0;
        }
        BigDecimal reference = new BigDecimal(published.trim());
        double rounding = 0.5 * Math.pow(10, -reference.scale());
        double tolerance = Math.max(0.001 * Math.abs(reference.doubleValue()), rounding);
        assertThat(actual).as(what).isCloseTo(reference.doubleValue(), within(tolerance));
        return 1;
    }

    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
