package org.kirok.engine.estimate;

/** What fitting one log-linear model to a table gave: a fit, or the reason there is none. */
sealed interface ModelOutcome {

    /** The model has an MLE and IRLS converged to it. */
    record Fitted(CandidateModel candidate, PoissonFit poisson) implements ModelOutcome {
    }

    /** The model has no usable estimate on this table; {@code reason} is a sentence for the analyst. */
    record Unestimable(LogLinearModel model, String reason) implements ModelOutcome {
    }
}
