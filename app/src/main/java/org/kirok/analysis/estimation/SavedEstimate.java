package org.kirok.analysis.estimation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An estimate as saved: what was asked, the exact table it was computed from, the parameters and engine version,
 * every method's result, and where it came from (a re-run of another estimate). While it is computed its results
 * are empty; a saved "running" estimate that this server is not computing was cut short and shows as interrupted.
 */
public record SavedEstimate(UUID id, String title, String status, EstimationRequest request, Optional<String> placeNameEn,
                            Optional<String> placeNameKo, CaptureData data, Parameters parameters, String engine,
                            List<MethodResult> results, Optional<String> error, Optional<UUID> rerunOf, String createdBy,
                            Instant createdAt, Optional<Instant> finishedAt) {

    public SavedEstimate {
        results = List.copyOf(results);
    }

    /** The result to quote: the method the analyst chose. */
    public Optional<MethodResult> primary() {
        String key = EstimationRunner.primaryKey(parameters);
        return results.stream().filter(result -> result.key().equals(key)).findFirst();
    }

    public boolean done() {
        return status.equals("done");
    }

    public boolean running() {
        return status.equals("running");
    }

    public Optional<String> placeName(String language) {
        return language.equals("ko") ? placeNameKo.or(() -> placeNameEn) : placeNameEn;
    }
}
