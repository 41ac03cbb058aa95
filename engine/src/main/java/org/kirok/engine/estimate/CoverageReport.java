package org.kirok.engine.estimate;

/**
 * How an estimator did on replicated populations of known size: how often its quoted interval
 * covered the truth (replications without an estimate count as misses), its mean estimate, the
 * relative bias and root mean squared error of its estimates, and the mean interval width.
 */
public record CoverageReport(int replications, int covered, int withoutEstimate, int trueSize,
                             double meanEstimate, double relativeBias, double relativeRmse, double meanIntervalWidth) {

    public CoverageReport {
        if (replications < 1 || covered < 0 || covered > replications || withoutEstimate < 0
                || withoutEstimate > replications - covered) {
            throw new IllegalArgumentException("inconsistent counts: " + covered + " covered and " + withoutEstimate
                    + " without estimate out of " + replications);
        }
    }

    public double coverage() {
        return (double) covered / replications;
    }

    /** Binomial standard error of the coverage: how much it would move between studies. */
    public double coverageStandardError() {
        return Math.sqrt(coverage() * (1 - coverage()) / replications);
    }
}
