package org.kirok.engine.stats;

/**
 * The natural logarithm of the gamma function for positive arguments.
 *
 * <p>Uses Stirling's asymptotic series (Abramowitz &amp; Stegun 1964, 6.1.41) for arguments of
 * at least 10, and the recurrence Γ(x + 1) = x Γ(x) to shift smaller arguments up, so the
 * absolute error stays within a few 1e-14 everywhere. Absolute accuracy matters more than relative here:
 * likelihoods subtract log-factorials of large, nearly equal numbers.
 *
 * <p>Thread-safe: stateless.
 */
public final class LogGamma {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double STIRLING_THRESHOLD = 10;

    private LogGamma() {
    }

    /** ln Γ(x) for x &gt; 0. */
    public static double of(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("ln Γ(x) needs a finite x > 0, got " + x);
        }
        double shift = 0;
        double shifted = x;
        while (shifted < STIRLING_THRESHOLD) {
            shift += Math.log(shifted);
            shifted += 1;
        }
        return stirling(shifted) - shift;
    }

    /** ln(n!) for a whole number n ≥ 0. */
    public static double logFactorial(double n) {
        if (!(n >= 0)) {
            throw new IllegalArgumentException("ln(n!) needs n >= 0, got " + n);
        }
        return of(n + 1);
    }

    private static double stirling(double x) {
        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared
                * (1.0 / 1260 - inverseSquared * (1.0 / 1680 - inverseSquared / 1188))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
    }
}
