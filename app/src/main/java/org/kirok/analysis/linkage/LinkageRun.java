package org.kirok.analysis.linkage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A linkage run as saved: its settings, its state, what it found and who started it. A run marked running that
 * this server is not running was cut short (the server stopped) and shows as interrupted.
 */
public record LinkageRun(UUID id, String status, RunSettings settings, String settingsJson, Optional<Counts> counts,
                         Optional<String> error, String startedBy, Instant startedAt, Optional<Instant> finishedAt) {

    /** What a finished run found and wrote. */
    public record Counts(int persons, int records, long candidatePairs, long linkedPairs, int clusters, int storedPairs,
                         int inferred, int retracted) {
    }

    public boolean done() {
        return status.equals("done");
    }

    public boolean running() {
        return status.equals("running");
    }
}
