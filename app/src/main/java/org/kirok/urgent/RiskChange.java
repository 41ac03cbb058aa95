package org.kirok.urgent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One line of a case's risk history: a level changed, for the case or one person, and why. */
public record RiskChange(Instant at, Optional<UUID> personId, RiskLevel from, RiskLevel to, String cause,
                         String actor) {
}
