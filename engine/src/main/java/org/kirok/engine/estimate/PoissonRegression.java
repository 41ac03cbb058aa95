package org.kirok.engine.estimate;

import java.util.Optional;
import org.kirok.engine.stats.Cholesky;
import org.kirok.engine.stats.LogGamma;

/**
 * Maximum likelihood for a Poisson generalized linear model with log link, by iteratively
 * reweighted least squares (Nelder &amp; Wedderburn, "Generalized linear models", JRSS A 135(3),
 * 1972; McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., 1989, §2.5), with step
 * halving when the deviance rises, as R's {@code glm.fit} does.
 *
 * <p>Stateless and thread-safe.
 */
final class PoissonRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_HALVINGS = 30;
    private static final double RELATIVE_TOLERANCE = 1e-11;
    /** Fitted means beyond e^700 overflow a double; a model that wants them has no useful fit. */
    private static final double MAX_LINEAR_PREDICTOR = 700;

    private PoissonRegression() {
    }

    /**
     * Fits counts {@code y} (one per design row, any non-negative reals) starting from the means
     * {@code start} (or y + 0.1 when empty). Empty when the information matrix is singular, the fit
     * diverges, or it does not converge in 100 iterations.
     */
    static Optional<PoissonFit> fit(Design design, double[] y, Optional<double[]> start) {
        int cells = design.cellCount();
        int size = design.parameterCount();
        double[] mu = start.map(double[]::clone).orElseGet(() -> initialMeans(y));
        double[] eta = new double[cells];
        for (int cell = 0; cell < cells; cell++) {
            eta[cell] = Math.log(mu[cell]);
        }
        double[] coefficients = null;
        double deviance = Double.POSITIVE_INFINITY;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] information = new double[size * size];
            double[] score = new double[size];
            for (int cell = 0; cell < cells; cell++) {
                double weight = mu[cell];
                double working = eta[cell] + (y[cell] - mu[cell]) / mu[cell];
                int[] active = design.activeColumns(cell);
                for (int i = 0; i < active.length; i++) {
                    int row = active[i] * size;
                    score[active[i]] += weight * working;
                    for (int j = 0; j <= i; j++) {
                        information[row + active[j]] += weight;
                    }
                }
            }
            mirrorLowerTriangle(information, size);
            Optional<Cholesky> factor = Cholesky.decompose(information, size);
            if (factor.isEmpty()) {
                return Optional.empty();
            }
            double[] proposal = factor.get().solve(score);
            double proposedDeviance = devianceAt(design, y, proposal);
            for (int halving = 0; coefficients != null && !(proposedDeviance <= deviance * (1 + 1e-12))
                    && halving < MAX_HALVINGS; halving++) {
                for (int k = 0; k < size; k++) {
                    proposal[k] = (proposal[k] + coefficients[k]) / 2;
                }
                proposedDeviance = devianceAt(design, y, proposal);
            }
            if (!Double.isFinite(proposedDeviance)) {
                return Optional.empty();
            }
            boolean converged = Math.abs(proposedDeviance - deviance) <= RELATIVE_TOLERANCE * (Math.abs(proposedDeviance) + 0.1);
            coefficients = proposal;
            deviance = proposedDeviance;
            for (int cell = 0; cell < cells; cell++) {
                eta[cell] = design.linearPredictor(cell, coefficients);
                mu[cell] = Math.exp(eta[cell]);
            }
            if (converged) {
                return finish(design, y, coefficients, mu, deviance, iteration);
            }
        }
        return Optional.empty();
    }

    private static Optional<PoissonFit> finish(Design design, double[] y, double[] coefficients, double[] mu,
                                               double deviance, int iterations) {
        int size = design.parameterCount();
        double[] information = new double[size * size];
        double logLikelihood = 0;
        for (int cell = 0; cell < design.cellCount(); cell++) {
            int[] active = design.activeColumns(cell);
            for (int i = 0; i < active.length; i++) {
                for (int j = 0; j <= i; j++) {
                    information[active[i] * size + active[j]] += mu[cell];
                }
            }
            logLikelihood += (y[cell] > 0 ? y[cell] * Math.log(mu[cell]) - LogGamma.logFactorial(y[cell]) : 0) - mu[cell];
        }
        mirrorLowerTriangle(information, size);
        double finalLogLikelihood = logLikelihood;
        return Cholesky.decompose(information, size).map(factor -> new PoissonFit(coefficients, mu, deviance,
                finalLogLikelihood, factor.inverseDiagonal(0), iterations));
    }

    /** Deviance at the given coefficients, or +∞ when a mean overflows. */
    private static double devianceAt(Design design, double[] y, double[] coefficients) {
        double deviance = 0;
        for (int cell = 0; cell < design.cellCount(); cell++) {
            double eta = design.linearPredictor(cell, coefficients);
            if (!(eta < MAX_LINEAR_PREDICTOR)) {
                return Double.POSITIVE_INFINITY;
            }
            deviance += unitDeviance(y[cell], Math.exp(eta));
        }
        return deviance;
    }

    static double unitDeviance(double observed, double mean) {
        double logRatioTerm = observed > 0 ? observed * Math.log(observed / mean) : 0;
        return 2 * (logRatioTerm - (observed - mean));
    }

    private static double[] initialMeans(double[] y) {
        double[] mu = new double[y.length];
        for (int cell = 0; cell < y.length; cell++) {
            mu[cell] = y[cell] + 0.1;
        }
        return mu;
    }

    private static void mirrorLowerTriangle(double[] matrix, int size) {
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                matrix[j * size + i] = matrix[i * size + j];
            }
        }
    }
}
