package org.kirok.engine.estimate;

import java.util.Optional;

/**
 * Fits one log-linear model to a capture table as a Poisson GLM on the 2^k − 1 observed cells and
 * reads the population estimate off the intercept: the unobserved cell has every term at zero,
 * so its fitted count is e^β₀ and N̂ = n + e^β₀ (Fienberg 1972; Cormack, "Log-linear models for
 * capture–recapture", Biometrics 45(2), 1989). The standard error is Rcapture's Poisson one,
 * Var(N̂) = e^β₀ + e^2β₀ Var(β₀): the delta method plus the Poisson variation of n (Rivest &amp;
 * Lévesque, "Improved log-linear model estimators of abundance in capture–recapture experiments",
 * Canadian Journal of Statistics 29(4), 2001; Baillargeon &amp; Rivest, "Rcapture: loglinear models
 * for capture–recapture in R", Journal of Statistical Software 19(5), 2007).
 *
 * <p>Stateless and thread-safe.
 */
final class LogLinearFitter {

    private LogLinearFitter() {
    }

    static ModelOutcome fit(CaptureTable table, LogLinearModel model) {
        return fit(table, model, Optional.empty());
    }

    /** As {@link #fit(CaptureTable, LogLinearModel)}, starting IRLS from the fitted means of a neighbouring model. */
    static ModelOutcome fit(CaptureTable table, LogLinearModel model, Optional<double[]> startingMeans) {
        if (model.listCount() != table.listCount()) {
            throw new IllegalArgumentException("the model has " + model.listCount() + " lists, the table "
                    + table.listCount() + " " + table.lists());
        }
        Optional<NonExistentMle> nonExistent = MleExistence.check(table, model);
        if (nonExistent.isPresent()) {
            return new ModelOutcome.Unestimable(model, nonExistent.get().describe(table.lists()));
        }
        Design design = Design.observedCells(model);
        double[] counts = new double[design.cellCount()];
        for (int cell = 0; cell < counts.length; cell++) {
            counts[cell] = table.count(design.pattern(cell));
        }
        Optional<PoissonFit> fitted = PoissonRegression.fit(design, counts, startingMeans.map(LogLinearFitter::floored));
        if (fitted.isEmpty()) {
            return new ModelOutcome.Unestimable(model, "the Poisson fit did not converge; the model is too rich"
                    + " for these counts");
        }
        PoissonFit fit = fitted.get();
        double unobserved = Math.exp(fit.intercept());
        double variance = unobserved + unobserved * unobserved * fit.interceptVariance();
        double estimate = table.observed() + unobserved;
        if (!Double.isFinite(estimate) || !Double.isFinite(variance)) {
            return new ModelOutcome.Unestimable(model, "the estimate overflows: the model puts no bound on the"
                    + " unobserved count");
        }
        int parameters = model.parameterCount();
        double aic = -2 * fit.logLikelihood() + 2 * parameters;
        double bic = -2 * fit.logLikelihood() + parameters * Math.log(table.observed());
        GoodnessOfFit goodness = new GoodnessOfFit(fit.deviance(), design.cellCount() - parameters, aic, bic);
        return new ModelOutcome.Fitted(new CandidateModel(model, estimate, Math.sqrt(variance), goodness), fit);
    }

    /** Fitted means from another model can be tiny in cells this model must lift; IRLS starts better above 0.1. */
    private static double[] floored(double[] means) {
        double[] start = means.clone();
        for (int cell = 0; cell < start.length; cell++) {
            start[cell] = Math.max(start[cell], 0.1);
        }
        return start;
    }
}
