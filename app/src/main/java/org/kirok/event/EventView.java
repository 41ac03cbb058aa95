package org.kirok.event;

import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/** An event as one user may see it; the description only with identity access. */
public record EventView(UUID id, String title, Optional<String> description, FuzzyDate date, Optional<UUID> placeId,
                        Optional<String> placePath, Optional<UUID> organisationId, Confidentiality confidentiality,
                        Optional<String> externalId, int version, long actCount) {
}
