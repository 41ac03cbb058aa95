package org.kirok.engine.estimate;

/** The information criterion that ranks log-linear models in a search (lower is better). */
public enum Criterion {
    AIC,
    BIC;

    public double of(GoodnessOfFit fit) {
        return this == AIC ? fit.aic() : fit.bic();
    }
}
