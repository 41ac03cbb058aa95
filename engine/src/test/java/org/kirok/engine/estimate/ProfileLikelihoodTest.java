package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfileLikelihoodTest {

    private static final CaptureTable TABLE = CaptureTable.of(List.of("A", "B", "C"), new long[] {0, 120, 95, 30, 80, 22, 18, 9});
    private static final LogLinearModel MODEL = LogLinearModel.hierarchical(3, List.of(0b011));

    @Test
    void interval_contains_the_estimate_and_widens_with_the_level() {
        double poisson = LogLinearFitterTest.fitted(TABLE, MODEL).estimate();
        ProfileLikelihood.Result at95 = ProfileLikelihood.interval(TABLE, MODEL, poisson, 0.95).orElseThrow();
        ProfileLikelihood.Result at99 = ProfileLikelihood.interval(TABLE, MODEL, poisson, 0.99).orElseThrow();
        assertThat(at95.interval().contains(at95.estimate())).isTrue();
        assertThat(at95.interval().low()).isGreaterThan(at99.interval().low()).isGreaterThanOrEqualTo(TABLE.observed());
        assertThat(at95.interval().high()).isLessThan(at99.interval().high());
        assertThat(at95.estimate()).isCloseTo(poisson, within(0.05 * poisson));
    }

    @Test
    void log_likelihood_drops_by_the_chi_squared_half_quantile_at_both_ends() {
        double poisson = LogLinearFitterTest.fitted(TABLE, MODEL).estimate();
        ProfileLikelihood.Result result = ProfileLikelihood.interval(TABLE, MODEL, poisson, 0.95).orElseThrow();
        ProfileLikelihood profile = profile();
        double n = TABLE.observed();
        double peak = profile.logLikelihood(Math.log(result.estimate() - n));
        assertThat(peak - profile.logLikelihood(Math.log(result.interval().low() - n))).isCloseTo(1.920729, within(1e-4));
        assertThat(peak - profile.logLikelihood(Math.log(result.interval().high() - n))).isCloseTo(1.920729, within(1e-4));
    }

    @Test
    void the_maximum_beats_random_nearby_values() {
        double poisson = LogLinearFitterTest.fitted(TABLE, MODEL).estimate();
        ProfileLikelihood.Result result = ProfileLikelihood.interval(TABLE, MODEL, poisson, 0.95).orElseThrow();
        ProfileLikelihood profile = profile();
        double best = Math.log(result.estimate() - TABLE.observed());
        double peak = profile.logLikelihood(best);
        SplittableRandom random = new SplittableRandom(61);
        for (int trial = 0; trial < 50; trial++) {
            assertThat(profile.logLikelihood(best + random.nextDouble(-1, 1))).isLessThanOrEqualTo(peak + 1e-9);
        }
    }

    private static ProfileLikelihood profile() {
        return ProfileLikelihood.of(TABLE, MODEL);
    }
}
