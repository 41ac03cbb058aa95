package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Multinomial random vectors by conditional binomials: category i receives
 * Binomial(remaining trials, w_i / remaining weight) (Devroye 1986, §XI.1). Exact, and its cost
 * grows with the number of categories and log of the trials, not with the trials themselves.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class MultinomialVariate {

    private MultinomialVariate() {
    }

    /**
     * Spreads {@code trials} over categories with probabilities proportional to {@code weights}
     * (non-negative, not all zero), writing the counts into {@code counts}.
     */
    public static void sample(RandomGenerator random, long trials, double[] weights, long[] counts) {
        if (counts.length != weights.length) {
            throw new IllegalArgumentException(
                    "counts has " + counts.length + " slots for " + weights.length + " weights");
        }
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be >= 0, got " + trials);
        }
        int lastPositive = -1;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, got " + weights[i]);
            }
            lastPositive = weights[i] > 0 ? i : lastPositive;
        }
        if (lastPositive < 0) {
            throw new IllegalArgumentException("at least one weight must be > 0");
        }
        // weight still to come from category i on, summed from the end: subtracting as we go
        // would cancel catastrophically when the weights differ by many orders of magnitude
        double[] weightFrom = new double[weights.length + 1];
        for (int i = weights.length - 1; i >= 0; i--) {
            weightFrom[i] = weightFrom[i + 1] + weights[i];
        }
        long remaining = trials;
        for (int i = 0; i < weights.length; i++) {
            // the last category that can receive anything takes the rest
            if (i >= lastPositive) {
                counts[i] = i == lastPositive ? remaining : 0;
                continue;
            }
            double probability = Math.min(1, weights[i] / weightFrom[i]);
            counts[i] = remaining == 0 ? 0 : BinomialVariate.sample(random, remaining, probability);
            remaining -= counts[i];
        }
    }
}
