package org.kirok.engine.estimate;

/**
 * A way to estimate the size of a population from the overlap of its lists. The implementations
 * are immutable settings; estimating never changes them, so one estimator serves many tables and
 * threads.
 */
public sealed interface Estimator permits LogLinearEstimator, ChapmanEstimator, LcmcrEstimator {

    Method method();

    /** Estimates, reporting progress of long work to {@code progress}. */
    Estimate estimate(CaptureTable table, ProgressListener progress);

    default Estimate estimate(CaptureTable table) {
        return estimate(table, ProgressListener.NONE);
    }
}
