package org.kirok.engine.estimate;

/**
 * Told how far a long estimation has come, so a command line or a page can show progress.
 * Called from the estimating thread; implementations must be quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} units of work out of {@code total}; total is 0 when not known in advance. */
    void progress(long done, long total);
}
