package org.kirok.urgent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.FuzzyDate;

/**
 * One step of a route as pages show it. The source note and notes are present only for users with identity
 * access; {@code personIds} empty means the whole group.
 */
public record CustodyEvent(UUID id, CustodyType type, FuzzyDate date, Optional<EventPlace> place,
                           Optional<Holder> holder, Optional<UUID> sourceId, Optional<String> sourceTitle,
                           Optional<String> sourceNote, Optional<UUID> reliabilityId, Optional<String> notes,
                           List<UUID> personIds, Instant createdAt) {

    public CustodyEvent {
        personIds = List.copyOf(personIds);
    }

    /** The place of an event, with the coordinates the map and the border rule use (its own or its nearest parent's). */
    public record EventPlace(UUID id, String name, String nameKo, String countryCode, Optional<Double> lat,
                             Optional<Double> lon, int level) {

        public String name(String language) {
            return "ko".equals(language) && !nameKo.isEmpty() ? nameKo : name;
        }

        public boolean located() {
            return lat.isPresent() && lon.isPresent();
        }
    }

    /** The custody holder: an organisation, with its country when it has one. */
    public record Holder(UUID id, String name, Optional<String> countryCode) {
    }

    public boolean concerns(UUID personId) {
        return personIds.isEmpty() || personIds.contains(personId);
    }
}
