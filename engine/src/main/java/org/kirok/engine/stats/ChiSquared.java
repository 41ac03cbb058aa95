package org.kirok.engine.stats;

/**
 * Tail probabilities of the chi-squared distribution, through the regularized incomplete gamma
 * function: P(X &gt; x) = Q(df / 2, x / 2).
 *
 * <p>Q is evaluated by its power series below a + 1 and by its continued fraction (modified Lentz
 * algorithm) above, as in Press et al., <i>Numerical Recipes</i> (3rd ed., 2007), §6.2.
 *
 * <p>Thread-safe: stateless.
 */
public final class ChiSquared {

    private static final int MAX_TERMS = 10_000;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;

    private ChiSquared() {
    }

    /** P(X &gt; x) for X ~ χ²(degreesOfFreedom). */
    public static double upperTail(double x, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException("degrees of freedom must be finite and > 0, got " + degreesOfFreedom);
        }
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must be a number, got NaN");
        }
        if (x <= 0) {
            return 1;
        }
        return regularizedUpperGamma(degreesOfFreedom / 2, x / 2);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a), for a &gt; 0 and x ≥ 0. */
    static double regularizedUpperGamma(double a, double x) {
        if (x < a + 1) {
            return 1 - lowerSeries(a, x);
        }
        return upperContinuedFraction(a, x);
    }

    private static double lowerSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - LogGamma.of(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double fraction = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            fraction *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - LogGamma.of(a)) * fraction;
    }
}
