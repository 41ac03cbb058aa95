package org.kirok.urgent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A level set by hand for a case or one person in it, with the reason; it stands until cleared. */
public record RiskOverride(UUID id, Optional<UUID> personId, RiskLevel level, String reason, String setBy,
                           Instant setAt) {
}
