package org.kirok.engine.estimate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** What each method knows beyond the common fields of an {@link Estimate}. */
public sealed interface EstimateDetails {

    /**
     * A log-linear estimate: the models compared (best first; only the chosen one when the model
     * was given) and, when searched, how; the multinomial point estimate that the profile interval
     * is centred on.
     */
    record LogLinear(List<CandidateModel> compared, Optional<ModelRanking> search,
                     OptionalDouble multinomialEstimate) implements EstimateDetails {
        public LogLinear {
            compared = List.copyOf(compared);
        }
    }

    /** A two-list estimate: the counts it rests on and the uncorrected Lincoln–Petersen value (none when m = 0). */
    record Chapman(long firstList, long secondList, long both, OptionalDouble lincolnPetersen)
            implements EstimateDetails {
    }

    /** A Bayesian latent-class estimate: the sampler's settings and how well its chain mixed. */
    record Lcmcr(LcmcrSettings settings, PosteriorSummary posterior, double meanOccupiedClasses)
            implements EstimateDetails {
    }

    /** A stratified estimate: the estimate of each stratum, in input order. */
    record Stratified(Map<String, Estimate> strata) implements EstimateDetails {
        public Stratified {
            strata = Collections.unmodifiableMap(new LinkedHashMap<>(strata));
        }
    }
}
