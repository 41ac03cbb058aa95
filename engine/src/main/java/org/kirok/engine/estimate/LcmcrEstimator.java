package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Bayesian population size estimation with a Dirichlet-process mixture of product-Bernoulli
 * latent classes (LCMCR; Manrique-Vallier 2016), run by {@link LcmcrSampler}. The estimate is the
 * posterior median, the standard error the posterior standard deviation, the interval the
 * equal-tailed credible interval, all from the draws of every chain pooled. A small effective
 * sample size or a split R̂ above 1.1 (Gelman et al. 2013) is reported as possible non-convergence.
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

    Estimate fromChain(CaptureTable table, Chains chains) {
        PosteriorSummary posterior = PosteriorSummary.of(chains.draws(), settings.level());
        List<String> warnings = new ArrayList<>(diagnose(posterior));
        if (chains.meanOccupiedClasses() > settings.maxClasses() - 0.5) {
            warnings.add("the sampler keeps all " + settings.maxClasses() + " latent classes occupied: raise the"
                    + " number of classes so the truncation does not constrain the model");
        }
        return new Estimate(Method.LCMCR, table.lists(), table.observed(), OptionalDouble.of(posterior.median()),
                OptionalDouble.of(posterior.standardDeviation()),
                List.of(new Interval(Interval.Kind.CREDIBLE, settings.level(), posterior.low(), posterior.high())),
                Optional.empty(), settings.describe(), warnings, Caveats.of(Method.LCMCR),
                new EstimateDetails.Lcmcr(settings, posterior, chains.meanOccupiedClasses()));
    }

    /** The kept draws of N, chain by chain, and the mean number of occupied classes over them. */
    record Chains(List<double[]> draws, double meanOccupiedClasses) {
    }

    /**
     * Runs the chains one after the other. Chain c draws from the c-th generator split off one
     * {@link SplittableRandom} seeded with the settings' seed, so the chains are independent and
     * the whole run reproducible.
     */
    Chains sample(CaptureTable table, ProgressListener progress) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        List<double[]> draws = new ArrayList<>();
        double occupied = 0;
        long total = (long) settings.iterations() * settings.chains();
        int reportEvery = Math.max(1, settings.iterations() / 100);
        for (int chain = 0; chain < settings.chains(); chain++) {
            LcmcrSampler sampler = new LcmcrSampler(table, settings, root.split());
            double[] kept = new double[settings.keptDraws()];
            int count = 0;
            for (int iteration = 1; iteration <= settings.iterations(); iteration++) {
                sampler.sweep();
                int afterBurnIn = iteration - settings.burnIn();
                if (afterBurnIn > 0 && afterBurnIn % settings.thinning() == 0 && count < kept.length) {
                    kept[count++] = sampler.total();
                    occupied += sampler.occupiedClasses();
                }
                if (iteration % reportEvery == 0 || iteration == settings.iterations()) {
                    progress.progress((long) chain * settings.iterations() + iteration, total);
                }
            }
            draws.add(kept);
        }
        return new Chains(draws, occupied / ((double) settings.keptDraws() * settings.chains()));
    }

    static List<String> diagnose(PosteriorSummary posterior) {
        List<String> warnings = new ArrayList<>();
        if (posterior.effectiveSampleSize() < MIN_EFFECTIVE_SAMPLE_SIZE) {
            warnings.add(String.format(Locale.ROOT, "the sampler may not have converged: effective sample size %.0f of %d draws"
                    + " (below %.0f); run more iterations", posterior.effectiveSampleSize(), posterior.draws(),
                    MIN_EFFECTIVE_SAMPLE_SIZE));
        }
        if (posterior.splitRhat() > MAX_SPLIT_RHAT) {
            warnings.add(String.format(Locale.ROOT, "the sampler may not have converged: split R-hat %.3f (above %.1f) — the chains,"
                    + " or the halves of one, disagree, as when the posterior has modes the sampler moves between"
                    + " slowly; run more iterations or chains and compare", posterior.splitRhat(), MAX_SPLIT_RHAT));
        }
        return warnings;
    }
}
