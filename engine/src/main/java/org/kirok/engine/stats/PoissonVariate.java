package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Poisson random numbers: multiplication of uniforms for small means, and for means of at least
 * 10 the transformed rejection method PTRS of W. Hörmann, "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12(1), 1993.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class PoissonVariate {

    private static final double PTRS_THRESHOLD = 10;

    private PoissonVariate() {
    }

    /** A draw from Poisson(mean). */
    public static long sample(RandomGenerator random, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("a Poisson mean must be finite and >= 0, got " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        return mean < PTRS_THRESHOLD ? byMultiplication(random, mean) : transformedRejection(random, mean);
    }

    private static long byMultiplication(RandomGenerator random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static long transformedRejection(RandomGenerator random, double mean) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double acceptImmediately = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= acceptImmediately) {
                return (long) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double logAccept = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
            if (logAccept <= -mean + k * logMean - LogGamma.of(k + 1)) {
                return (long) k;
            }
        }
    }
}
