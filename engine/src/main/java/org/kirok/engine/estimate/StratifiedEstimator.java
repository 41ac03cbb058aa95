package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kirok.engine.stats.NormalQuantile;

/**
 * Estimates each stratum on its own and combines them into an estimate of the whole. Strata are
 * independent, so the total is the sum of the stratum estimates and, for frequentist methods, its
 * variance the sum of their variances (Wald interval on the sum, floored at the observed total).
 * For LCMCR the posterior of the total is obtained by adding the strata's draws index by index;
 * stratum i is sampled with seed + i, so the whole remains reproducible.
 *
 * <p>A stratum with few people observed gives an unstable estimate; those are named in the
 * warnings, and a stratum without an estimate leaves the total without one.
 */
public record StratifiedEstimator(Estimator perStratum, long minObservedPerStratum) {

    /** HRDAG's rule of thumb is to merge strata until each has some dozens of documented people. */
    public static final long DEFAULT_MIN_OBSERVED = 50;

    public StratifiedEstimator {
        if (perStratum == null) {
            throw new IllegalArgumentException("a stratified estimator needs an estimator per stratum");
        }
        if (minObservedPerStratum < 0) {
            throw new IllegalArgumentException("minimum observed per stratum must be >= 0, got " + minObservedPerStratum);
        }
    }

    public StratifiedEstimator(Estimator perStratum) {
        this(perStratum, DEFAULT_MIN_OBSERVED);
    }

    public Estimate estimate(StratifiedTable table, ProgressListener progress) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        List<List<double[]>> chains = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, CaptureTable> stratum : table.strata().entrySet()) {
            Estimator estimator = forStratum(index++);
            CaptureTable captures = stratum.getValue();
            if (estimator instanceof LcmcrEstimator lcmcr) {
                LcmcrEstimator.Chains sampled = lcmcr.sample(captures, ProgressListener.NONE);
                chains.add(sampled.draws());
                estimates.put(stratum.getKey(), lcmcr.fromChain(captures, sampled));
            } else {
                estimates.put(stratum.getKey(), estimator.estimate(captures, ProgressListener.NONE));
            }
            progress.progress(index, table.strata().size());
        }
        return combine(table, estimates, chains);
    }

    /** LCMCR strata get their own seeds so their chains are independent. */
    private Estimator forStratum(int index) {
        if (perStratum instanceof LcmcrEstimator lcmcr) {
            return new LcmcrEstimator(lcmcr.settings().withSeed(lcmcr.settings().seed() + index));
        }
        return perStratum;
    }

    private Estimate combine(StratifiedTable table, Map<String, Estimate> estimates, List<List<double[]>> chains) {
        List<String> warnings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Estimate> entry : estimates.entrySet()) {
            Estimate estimate = entry.getValue();
            if (estimate.observed() < minObservedPerStratum) {
                warnings.add("stratum '" + entry.getKey() + "' has only " + estimate.observed() + " people observed"
                        + " (fewer than " + minObservedPerStratum + "): its estimate is unstable; consider merging strata");
            }
            estimate.warnings().forEach(warning -> warnings.add("stratum '" + entry.getKey() + "': " + warning));
            if (estimate.value().isEmpty()) {
                missing.add(entry.getKey());
            }
        }
        String model = "stratified (" + estimates.size() + " strata), each: " + perStratum.method().label();
        EstimateDetails details = new EstimateDetails.Stratified(estimates);
        Method method = perStratum.method();
        List<String> caveats = Caveats.of(method);
        if (!missing.isEmpty()) {
            warnings.addFirst("no total: strata " + missing + " have no estimate");
            return new Estimate(method, table.lists(), table.observed(), OptionalDouble.empty(), OptionalDouble.empty(),
                    List.of(), Optional.empty(), model, warnings, caveats, details);
        }
        double level = levelOf(estimates);
        if (!chains.isEmpty()) {
            // chain c of the total = the sum of chain c of every stratum, draw by draw
            List<double[]> total = new ArrayList<>();
            for (int chain = 0; chain < chains.getFirst().size(); chain++) {
                double[] sum = new double[chains.getFirst().get(chain).length];
                for (List<double[]> stratum : chains) {
                    for (int draw = 0; draw < sum.length; draw++) {
                        sum[draw] += stratum.get(chain)[draw];
                    }
                }
                total.add(sum);
            }
            PosteriorSummary posterior = PosteriorSummary.of(total, level);
            return new Estimate(method, table.lists(), table.observed(), OptionalDouble.of(posterior.median()),
                    OptionalDouble.of(posterior.standardDeviation()),
                    List.of(new Interval(Interval.Kind.CREDIBLE, level, posterior.low(), posterior.high())),
                    Optional.empty(), model, warnings, caveats, details);
        }
        double sum = estimates.values().stream().mapToDouble(estimate -> estimate.value().orElseThrow()).sum();
        double variance = estimates.values().stream()
                .mapToDouble(estimate -> Math.pow(estimate.standardError().orElse(0), 2)).sum();
        double halfWidth = NormalQuantile.twoSided(level) * Math.sqrt(variance);
        double observed = table.observed();
        Interval wald = new Interval(Interval.Kind.WALD, level, Math.max(observed, sum - halfWidth), sum + halfWidth);
        return new Estimate(method, table.lists(), table.observed(), OptionalDouble.of(sum),
                OptionalDouble.of(Math.sqrt(variance)), List.of(wald), Optional.empty(), model, warnings, caveats, details);
    }

    private static double levelOf(Map<String, Estimate> estimates) {
        return estimates.values().stream().flatMap(estimate -> estimate.primaryInterval().stream())
                .mapToDouble(Interval::level).findFirst().orElse(0.95);
    }
}
