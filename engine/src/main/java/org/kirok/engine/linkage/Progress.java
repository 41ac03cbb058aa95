package org.kirok.engine.linkage;

/** Told what a long run is doing, for a progress display. Implementations must be thread-safe. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void stage(String name, long total) {
        }

        @Override
        public void advance(long done) {
        }
    };

    /** A new stage begins with {@code total} units of work (0 when unknown). */
    void stage(String name, long total);

    /** {@code done} more units of the current stage are finished. */
    void advance(long done);
}
