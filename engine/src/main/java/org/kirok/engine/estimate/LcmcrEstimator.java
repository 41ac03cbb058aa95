package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Bayesian population size estimation with a Dirichlet-process mixture of product-Bernoulli
 * latent classes (LCMCR; Manrique-Vallier 2016), run by {@link LcmcrSampler}. The estimate is the
 * posterior median, the standard error the posterior standard deviation, the interval the
 * equal-tailed credible interval. A chain with a small effective sample size or a split R̂ above
 * 1.1 (Gelman et al. 2013) is reported as possibly unconverged.
 */
public record LcmcrEstimator(LcmcrSettings settings) implements Estimator {

    static final double MIN_EFFECTIVE_SAMPLE_SIZE = 100;
    static final double MAX_SPLIT_RHAT = 1.1;

    public LcmcrEstimator {
        if (settings == null) {
            throw new IllegalArgumentException("LCMCR needs its settings");
        }
    }

    @Override
    public Method method() {
        return Method.LCMCR;
    }

    @Override
    public Estimate estimate(CaptureTable table, ProgressListener progress) {
        return fromChain(table, sample(table, progress));
    }

    Estimate fromChain(CaptureTable table, Chain chain) {
        PosteriorSummary posterior = PosteriorSummary.of(chain.draws(), settings.level());
        List<String> warnings = new ArrayList<>(diagnose(posterior));
        if (chain.meanOccupiedClasses() > settings.maxClasses() - 0.5) {
            warnings.add("the sampler keeps all " + settings.maxClasses() + " latent classes occupied: raise the"
                    + " number of classes so the truncation does not constrain the model");
        }
        return new Estimate(Method.LCMCR, table.lists(), table.observed(), OptionalDouble.of(posterior.median()),
                OptionalDouble.of(posterior.standardDeviation()),
                List.of(new Interval(Interval.Kind.CREDIBLE, settings.level(), posterior.low(), posterior.high())),
                Optional.empty(), settings.describe(), warnings, Caveats.of(Method.LCMCR),
                new EstimateDetails.Lcmcr(settings, posterior, chain.meanOccupiedClasses()));
    }

    /** The kept draws of N and the mean number of occupied classes over them. */
    record Chain(double[] draws, double meanOccupiedClasses) {
    }

    Chain sample(CaptureTable table, ProgressListener progress) {
        LcmcrSampler sampler = new LcmcrSampler(table, settings);
        double[] draws = new double[settings.keptDraws()];
        double occupied = 0;
        int kept = 0;
        int reportEvery = Math.max(1, settings.iterations() / 100);
        for (int iteration = 1; iteration <= settings.iterations(); iteration++) {
            sampler.sweep();
            int afterBurnIn = iteration - settings.burnIn();
            if (afterBurnIn > 0 && afterBurnIn % settings.thinning() == 0 && kept < draws.length) {
                draws[kept++] = sampler.total();
                occupied += sampler.occupiedClasses();
            }
            if (iteration % reportEvery == 0 || iteration == settings.iterations()) {
                progress.progress(iteration, settings.iterations());
            }
        }
        return new Chain(draws, occupied / kept);
    }

    static List<String> diagnose(PosteriorSummary posterior) {
        List<String> warnings = new ArrayList<>();
        if (posterior.effectiveSampleSize() < MIN_EFFECTIVE_SAMPLE_SIZE) {
            warnings.add(String.format("the chain may not have converged: effective sample size %.0f of %d draws"
                    + " (below %.0f); run more iterations", posterior.effectiveSampleSize(), posterior.draws(),
                    MIN_EFFECTIVE_SAMPLE_SIZE));
        }
        if (posterior.splitRhat() > MAX_SPLIT_RHAT) {
            warnings.add(String.format("the chain may not have converged: split R-hat %.3f (above %.1f); run more"
                    + " iterations", posterior.splitRhat(), MAX_SPLIT_RHAT));
        }
        return warnings;
    }
}
