package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Binomial random numbers, exact for any n. Large n is halved repeatedly through the order
 * statistics of uniforms: the a-th smallest of n uniforms is Beta(a, n + 1 − a), and the successes
 * left to count are binomial again, among the uniforms below or above it (Knuth,
 * <i>The Art of Computer Programming</i> vol. 2, 3rd ed., §3.4.1 F; Devroye 1986, §X.4). Small n
 * counts Bernoulli trials. The cost grows with log n.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class BinomialVariate {

    /** Below this many trials, counting them one by one is cheaper than another beta draw. */
    private static final long DIRECT_LIMIT = 32;

    private BinomialVariate() {
    }

    /** A draw from Binomial(trials, probability). */
    public static long sample(RandomGenerator random, long trials, double probability) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be >= 0, got " + trials);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must lie in [0, 1], got " + probability);
        }
        if (probability > 0.5) {
            return trials - sample(random, trials, 1 - probability);
        }
        long remaining = trials;
        double p = probability;
        long successes = 0;
        while (remaining > DIRECT_LIMIT && p > 0) {
            long rank = 1 + remaining / 2;
            long above = remaining + 1 - rank;
            double orderStatistic = BetaVariate.sample(random, rank, above);
            if (orderStatistic >= p) {
                remaining = rank - 1;
                p = p / orderStatistic;
            } else {
                successes += rank;
                remaining = above - 1;
                p = (p - orderStatistic) / (1 - orderStatistic);
            }
        }
        for (long trial = 0; trial < remaining && p > 0; trial++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }
}
