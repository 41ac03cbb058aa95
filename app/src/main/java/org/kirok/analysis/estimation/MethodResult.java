package org.kirok.analysis.estimation;

import java.util.List;
import java.util.Optional;

/**
 * One method's result as saved and shown: the estimate with its standard error and intervals (the first is the one
 * to quote), the fit, the model in words, the warnings about this table and the method's standing caveats, the
 * models compared (log-linear), the posterior (LCMCR), and each stratum's own estimate. {@code failure} says why a
 * method gave nothing at all (Chapman on three lists is not attempted; a table it cannot take is reported).
 */
public record MethodResult(String key, String method, Optional<Double> estimate, Optional<Double> standardError,
                           List<IntervalView> intervals, Optional<Fit> fit, String model, List<String> warnings,
                           List<String> caveats, List<ModelRow> compared, Optional<Posterior> posterior,
                           List<StratumResult> strata, Optional<String> failure) {

    /** An interval; {@code high} is empty when the data set no upper bound. */
    public record IntervalView(String kind, double level, double low, Optional<Double> high) {
    }

    /** Deviance on degrees of freedom, its p-value, and the information criteria. */
    public record Fit(double deviance, int degreesOfFreedom, double pValue, double aic, double bic) {
    }

    /** A log-linear model compared in the search. */
    public record ModelRow(String model, double estimate, double standardError, double deviance, int degreesOfFreedom,
                           double aic, double bic) {
    }

    /** The LCMCR posterior of the population size and how well its chains mixed. */
    public record Posterior(int draws, double median, double mean, double standardDeviation, double low, double high,
                            double effectiveSampleSize, double splitRhat) {
    }

    /** One stratum's estimate. */
    public record StratumResult(String stratum, long observed, Optional<Double> estimate, Optional<IntervalView> interval,
                                List<String> warnings) {
        public StratumResult {
            warnings = List.copyOf(warnings);
        }
    }

    public MethodResult {
        intervals = List.copyOf(intervals);
        warnings = List.copyOf(warnings);
        caveats = List.copyOf(caveats);
        compared = List.copyOf(compared);
        strata = List.copyOf(strata);
    }

    public Optional<IntervalView> interval() {
        return intervals.stream().findFirst();
    }

    static MethodResult failed(String key, String method, String why) {
        return new MethodResult(key, method, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), "", List.of(),
                List.of(), List.of(), Optional.empty(), List.of(), Optional.of(why));
    }
}
