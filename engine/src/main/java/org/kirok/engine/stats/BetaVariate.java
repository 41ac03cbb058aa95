package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Beta-distributed random numbers as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b)
 * (Devroye, <i>Non-Uniform Random Variate Generation</i>, 1986, §IX.4), computed on the log scale
 * so that small shape parameters cannot produce 0 / 0.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class BetaVariate {

    private BetaVariate() {
    }

    /** A draw from Beta(a, b), in [0, 1]. */
    public static double sample(RandomGenerator random, double a, double b) {
        GammaVariate.requirePositive("a", a);
        GammaVariate.requirePositive("b", b);
        double logX = GammaVariate.sampleLog(random, a);
        double logY = GammaVariate.sampleLog(random, b);
        return 1 / (1 + Math.exp(logY - logX));
    }
}
