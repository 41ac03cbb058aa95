package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Negative binomial random numbers — the number of failures before the {@code size}-th success
 * in trials that succeed with {@code probability} — as a gamma mixture of Poissons:
 * Poisson(Gamma(size, rate = probability / (1 − probability))) (Devroye 1986, §X.4.5).
 * The size may be any positive real number.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class NegativeBinomialVariate {

    private NegativeBinomialVariate() {
    }

    /** A draw from NegativeBinomial(size, probability): mean size · (1 − p) / p. */
    public static long sample(RandomGenerator random, double size, double probability) {
        GammaVariate.requirePositive("size", size);
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("success probability must lie in (0, 1], got " + probability);
        }
        if (probability == 1) {
            return 0;
        }
        double poissonMean = GammaVariate.sample(random, size, probability / (1 - probability));
        return PoissonVariate.sample(random, poissonMean);
    }
}
