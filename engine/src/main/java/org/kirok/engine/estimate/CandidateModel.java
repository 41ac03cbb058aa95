package org.kirok.engine.estimate;

/**
 * One fitted log-linear model: the population estimate N̂ (observed + estimated unobserved), its
 * Poisson standard error, and its fit — a row of the table of models compared.
 */
public record CandidateModel(LogLinearModel model, double estimate, double standardError, GoodnessOfFit fit) {

    public CandidateModel {
        if (model == null || fit == null) {
            throw new IllegalArgumentException("a candidate model needs its model and its fit");
        }
        if (!(estimate > 0) || Double.isInfinite(estimate)) {
            throw new IllegalArgumentException("estimate must be finite and > 0, got " + estimate);
        }
        if (!(standardError >= 0)) {
            throw new IllegalArgumentException("standard error must be >= 0, got " + standardError);
        }
    }
}
