package org.kirok.engine.stats;

import java.util.random.RandomGenerator;

/**
 * Gamma-distributed random numbers by Marsaglia &amp; Tsang, "A simple method for generating gamma
 * variables", ACM Transactions on Mathematical Software 26(3), 2000. Shapes below one use their
 * boost: X(a) = X(a + 1) · U^(1/a), kept on the log scale so tiny shapes do not underflow.
 *
 * <p>Thread-safe if the generator passed in is not shared between threads.
 */
public final class GammaVariate {

    private GammaVariate() {
    }

    /** A draw from Gamma(shape, rate): mean shape / rate. */
    public static double sample(RandomGenerator random, double shape, double rate) {
        requirePositive("rate", rate);
        return Math.exp(sampleLog(random, shape)) / rate;
    }

    /** The logarithm of a draw from Gamma(shape, 1); finite even when the draw underflows. */
    public static double sampleLog(RandomGenerator random, double shape) {
        requirePositive("shape", shape);
        if (shape < 1) {
            double boost = Math.log(random.nextDouble()) / shape;
            return Math.log(marsagliaTsang(random, shape + 1)) + boost;
        }
        return Math.log(marsagliaTsang(random, shape));
    }

    private static double marsagliaTsang(RandomGenerator random, double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = NormalVariate.sample(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double xSquared = x * x;
            if (u < 1 - 0.0331 * xSquared * xSquared) {
                return d * v;
            }
            if (u > 0 && Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
    }
}
