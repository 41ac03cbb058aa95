package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Standard normal random numbers by the polar method of Marsaglia &amp; Bray, "A convenient method
 * for generating normal variables", SIAM Review 6(3), 1964. Built on {@code nextDouble} alone, so
 * a seeded generator gives the same numbers on every JDK (unlike {@code nextGaussian}, whose
 * algorithm the JDK may change). The second variate of each pair is dropped to stay stateless.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class NormalVariate {

    private NormalVariate() {
    }

    public static double sample(RandomGenerator random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }
}
