package org.kirok.engine.estimate;

/**
 * A Poisson log-linear fit by {@link PoissonRegression}: coefficients (intercept first), fitted
 * cell means, the deviance 2 Σ [y log(y / μ) − (y − μ)], the log-likelihood Σ [y log μ − μ −
 * log y!], and Var(intercept) from the inverse Fisher information.
 */
record PoissonFit(double[] coefficients, double[] fitted, double deviance, double logLikelihood,
                  double interceptVariance, int iterations) {

    PoissonFit {
        if (!Double.isFinite(deviance) || !Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("a fit needs a finite deviance and log-likelihood, got "
                    + deviance + " and " + logLikelihood);
        }
        if (!(interceptVariance >= 0)) {
            throw new IllegalArgumentException("the intercept variance must be >= 0, got " + interceptVariance);
        }
    }

    double intercept() {
        return coefficients[0];
    }
}
