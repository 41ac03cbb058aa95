package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kirok.engine.stats.NormalQuantile;

/**
 * Two-list capture–recapture: Chapman's nearly unbiased form of the Lincoln–Petersen estimator,
 * N̂ = (n₁ + 1)(n₂ + 1) / (m + 1) − 1 (Chapman, "Some properties of the hypergeometric distribution
 * with applications to zoological sample censuses", University of California Publications in
 * Statistics 1, 1951), with Seber's variance (n₁ + 1)(n₂ + 1)(n₁ − m)(n₂ − m) / ((m + 1)²(m + 2))
 * (Seber, <i>The Estimation of Animal Abundance</i>, 2nd ed., 1982, §3.1.1). The quoted interval is
 * Chao's log-normal one for the unobserved part, which never falls below the observed count
 * (Chao, "Estimating the population size for capture–recapture data with unequal catchability",
 * Biometrics 43(4), 1987); a Wald interval follows it.
 */
public record ChapmanEstimator(double level) implements Estimator {

    /** With fewer than 7 people on both lists the estimator's bias is no longer negligible (Robson &amp; Regier 1964). */
    static final long MIN_RECAPTURES = 7;

    public ChapmanEstimator {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + level);
        }
    }

    public ChapmanEstimator() {
        this(0.95);
    }

    @Override
    public Method method() {
        return Method.CHAPMAN;
    }

    @Override
    public Estimate estimate(CaptureTable table, ProgressListener progress) {
        if (table.listCount() != 2) {
            throw new IllegalArgumentException("the Chapman estimator takes exactly two lists, got "
                    + table.listCount() + " " + table.lists() + "; use the log-linear or LCMCR method");
        }
        long first = table.overlap(0b01);
        long second = table.overlap(0b10);
        long both = table.count(0b11);
        double estimate = (first + 1.0) * (second + 1.0) / (both + 1.0) - 1;
        double variance = (first + 1.0) * (second + 1.0) * (first - both) * (second - both)
                / ((both + 1.0) * (both + 1.0) * (both + 2.0));
        double standardError = Math.sqrt(variance);
        long observed = table.observed();
        double z = NormalQuantile.twoSided(level);
        List<Interval> intervals = new ArrayList<>();
        double unseen = estimate - observed;
        if (unseen > 0 && variance > 0) {
            double spread = Math.exp(z * Math.sqrt(Math.log(1 + variance / (unseen * unseen))));
            intervals.add(new Interval(Interval.Kind.LOG_NORMAL, level, observed + unseen / spread, observed + unseen * spread));
        }
        intervals.add(new Interval(Interval.Kind.WALD, level, Math.max(observed, estimate - z * standardError),
                Math.max(observed, estimate + z * standardError)));
        List<String> warnings = new ArrayList<>();
        if (both == 0) {
            warnings.add("nobody is on both lists: the estimate rests entirely on Chapman's +1 correction and is"
                    + " little more than a lower bound on the uncertainty");
        } else if (both < MIN_RECAPTURES) {
            warnings.add("only " + both + " people are on both lists; with fewer than " + MIN_RECAPTURES
                    + " the Chapman estimator is noticeably biased (Robson & Regier 1964)");
        }
        OptionalDouble lincolnPetersen = both > 0 ? OptionalDouble.of((double) first * second / both) : OptionalDouble.empty();
        return new Estimate(Method.CHAPMAN, table.lists(), observed, OptionalDouble.of(Math.max(estimate, observed)),
                OptionalDouble.of(standardError), intervals, Optional.empty(), "Chapman (two lists)", warnings,
                Caveats.of(Method.CHAPMAN), new EstimateDetails.Chapman(first, second, both, lincolnPetersen));
    }
}
