package org.kirok.engine.estimate;

/**
 * Settings of the LCMCR Gibbs sampler: the truncation K* of the stick-breaking prior (the most
 * latent classes it can use), the number of sweeps per chain, the burn-in discarded at the start of
 * each, the thinning of the draws kept, the number of independent chains, the seed (the same seed
 * gives the same draws), the Gamma(a, b) prior on the Dirichlet-process concentration α, and the
 * credible level. K* = 10 and a = b = 0.25 are the defaults of Manrique-Vallier's LCMCR package.
 */
public record LcmcrSettings(int maxClasses, int iterations, int burnIn, int thinning, int chains, long seed,
                            double alphaShape, double alphaRate, double level) {

    public static final int DEFAULT_MAX_CLASSES = 10;
    public static final int DEFAULT_ITERATIONS = 50_000;
    public static final int DEFAULT_CHAINS = 2;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_ALPHA_PRIOR = 0.25;
    /** Fewer kept draws per chain cannot give a 95% interval worth quoting. */
    static final int MIN_KEPT_DRAWS = 20;
    static final int MAX_CHAINS = 64;

    public LcmcrSettings {
        if (maxClasses < 1 || maxClasses > 1_000) {
            throw new IllegalArgumentException("the number of latent classes must lie in 1..1000, got " + maxClasses);
        }
        if (burnIn < 0 || burnIn >= iterations) {
            throw new IllegalArgumentException("burn-in must lie in 0.." + (iterations - 1) + " for "
                    + iterations + " iterations, got " + burnIn);
        }
        if (thinning < 1) {
            throw new IllegalArgumentException("thinning must be >= 1, got " + thinning);
        }
        if ((iterations - burnIn) / thinning < MIN_KEPT_DRAWS) {
            throw new IllegalArgumentException("only " + (iterations - burnIn) / thinning + " draws would be kept from "
                    + iterations + " iterations (burn-in " + burnIn + ", thinning " + thinning + "); at least "
                    + MIN_KEPT_DRAWS + " are needed");
        }
        if (chains < 1 || chains > MAX_CHAINS) {
            throw new IllegalArgumentException("the number of chains must lie in 1.." + MAX_CHAINS + ", got " + chains);
        }
        if (!(alphaShape > 0) || !(alphaRate > 0) || Double.isInfinite(alphaShape) || Double.isInfinite(alphaRate)) {
            throw new IllegalArgumentException("the Gamma prior on alpha needs finite a, b > 0, got a = "
                    + alphaShape + ", b = " + alphaRate);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("credible level must lie strictly between 0 and 1, got " + level);
        }
    }

    /**
     * K* = 10; two chains of 50,000 sweeps, the first half of each burn-in; seed 1; 95% intervals.
     * More sweeps than the LCMCR package's 20,000, and two chains: when most of the population is
     * unobserved the chain for N moves slowly (lag-one autocorrelation near 0.99 on the UK 2013
     * table) and can linger in a secondary mode for tens of thousands of sweeps; a second chain that
     * disagrees makes that visible in R̂.
     */
    public static LcmcrSettings defaults() {
        return new LcmcrSettings(DEFAULT_MAX_CLASSES, DEFAULT_ITERATIONS, DEFAULT_ITERATIONS / 2, 1, DEFAULT_CHAINS,
                DEFAULT_SEED, DEFAULT_ALPHA_PRIOR, DEFAULT_ALPHA_PRIOR, 0.95);
    }

    public LcmcrSettings withSeed(long newSeed) {
        return new LcmcrSettings(maxClasses, iterations, burnIn, thinning, chains, newSeed, alphaShape, alphaRate, level);
    }

    /** {@code total} sweeps per chain, the first half of them burn-in. */
    public LcmcrSettings withIterations(int total) {
        return new LcmcrSettings(maxClasses, total, total / 2, thinning, chains, seed, alphaShape, alphaRate, level);
    }

    public LcmcrSettings withChains(int count) {
        return new LcmcrSettings(maxClasses, iterations, burnIn, thinning, count, seed, alphaShape, alphaRate, level);
    }

    public LcmcrSettings withMaxClasses(int classes) {
        return new LcmcrSettings(classes, iterations, burnIn, thinning, chains, seed, alphaShape, alphaRate, level);
    }

    public LcmcrSettings withLevel(double newLevel) {
        return new LcmcrSettings(maxClasses, iterations, burnIn, thinning, chains, seed, alphaShape, alphaRate, newLevel);
    }

    /** Draws kept from each chain. */
    public int keptDraws() {
        return (iterations - burnIn) / thinning;
    }

    String describe() {
        return "LCMCR: Dirichlet-process mixture of product-Bernoulli classes (K* = " + maxClasses + ", alpha ~ Gamma("
                + alphaShape + ", " + alphaRate + "), " + chains + (chains == 1 ? " chain" : " chains") + " of "
                + iterations + " iterations, burn-in " + burnIn + (thinning > 1 ? ", thinning " + thinning : "")
                + ", seed " + seed + ")";
    }
}
