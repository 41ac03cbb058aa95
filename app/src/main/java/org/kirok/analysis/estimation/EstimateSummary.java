package org.kirok.analysis.estimation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A saved estimate in a list: its title, state, the headline figures and who asked for it when. */
public record EstimateSummary(UUID id, String title, String status, long observed, Optional<Double> estimate,
                              Optional<Double> low, Optional<Double> high, Optional<UUID> rerunOf, String createdBy,
                              Instant createdAt) {
}
