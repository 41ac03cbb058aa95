package org.kirok.engine.estimate;

import org.kirok.engine.stats.ChiSquared;

/**
 * How well a log-linear model fits the observed cells: residual deviance on {@code degreesOfFreedom}
 * = observable cells − parameters, and the information criteria AIC = −2ℓ + 2p and
 * BIC = −2ℓ + p · ln(observed individuals), with ℓ the Poisson log-likelihood (Akaike 1974;
 * Schwarz 1978).
 */
public record GoodnessOfFit(double deviance, int degreesOfFreedom, double aic, double bic) {

    /** Rounding in the fit can leave a saturated model's deviance a hair below zero. */
    private static final double ROUNDING_SLACK = 1e-6;

    public GoodnessOfFit {
        if (!(deviance >= -ROUNDING_SLACK) || Double.isInfinite(deviance)) {
            throw new IllegalArgumentException("deviance must be finite and >= 0, got " + deviance);
        }
        deviance = Math.max(0, deviance);
        if (degreesOfFreedom < 0) {
            throw new IllegalArgumentException("degrees of freedom must be >= 0, got " + degreesOfFreedom);
        }
        if (!Double.isFinite(aic) || !Double.isFinite(bic)) {
            throw new IllegalArgumentException("AIC and BIC must be finite, got " + aic + " and " + bic);
        }
    }

    /** P(χ²(df) &gt; deviance): small values say the model does not fit; 1 for a saturated model. */
    public double pValue() {
        return degreesOfFreedom == 0 ? 1 : ChiSquared.upperTail(deviance, degreesOfFreedom);
    }
}
