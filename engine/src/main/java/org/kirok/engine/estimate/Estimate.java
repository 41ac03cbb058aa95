package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a population estimate, everything an analyst, a page or a saved report needs:
 * which method on which lists, how many people were observed, the estimate of the total
 * population (observed + never recorded) with its standard error and intervals (the first one is
 * the one to quote), the fit statistics where the method has them, the model in words, warnings
 * about this particular table, and the standing caveats of the method.
 *
 * <p>When the data cannot support an estimate (for example a log-linear model without a maximum
 * likelihood estimate) {@code value} is empty and {@code warnings} say why: never a made-up number.
 */
public record Estimate(Method method, List<String> lists, long observed, OptionalDouble value,
                       OptionalDouble standardError, List<Interval> intervals, Optional<GoodnessOfFit> fit,
                       String model, List<String> warnings, List<String> caveats, EstimateDetails details) {

    public Estimate {
        if (method == null || model == null || details == null) {
            throw new IllegalArgumentException("an estimate needs its method, model and details");
        }
        lists = List.copyOf(lists);
        intervals = List.copyOf(intervals);
        warnings = List.copyOf(warnings);
        caveats = List.copyOf(caveats);
        if (lists.size() < CaptureTable.MIN_LISTS) {
            throw new IllegalArgumentException("an estimate needs at least two lists, got " + lists);
        }
        if (observed < 1) {
            throw new IllegalArgumentException("observed must be >= 1, got " + observed);
        }
        if (value.isPresent() && !(value.getAsDouble() >= observed - 1e-9)) {
            throw new IllegalArgumentException(
                    "an estimate of " + value.getAsDouble() + " is below the " + observed + " people observed");
        }
        if (value.isEmpty() && (standardError.isPresent() || !intervals.isEmpty())) {
            throw new IllegalArgumentException("a standard error or interval without an estimate");
        }
        if (value.isEmpty() && warnings.isEmpty()) {
            throw new IllegalArgumentException("a missing estimate must come with a warning that says why");
        }
    }

    /** The interval to quote: the first one. */
    public Optional<Interval> primaryInterval() {
        return intervals.stream().findFirst();
    }

    /** This estimate with more warnings appended. */
    Estimate withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Estimate(method, lists, observed, value, standardError, intervals, fit, model, all, caveats, details);
    }
}
