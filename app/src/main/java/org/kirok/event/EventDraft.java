package org.kirok.event;

import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/**
 * What happened, when and where (HURIDOCS: event), grouping the acts it consists of — e.g. "round-up of
 * repatriated women at Onsong jipkyulso, spring 2019". The title is shown in lists and must not contain names;
 * the description is encrypted.
 */
public record EventDraft(String title, Optional<String> description, FuzzyDate date, Optional<UUID> placeId,
                         Optional<UUID> organisationId, Confidentiality confidentiality, Optional<String> externalId) {

    public EventDraft {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException("title", "an event needs a title of 1 to 300 characters (no names)");
        }
        description = description.map(String::strip).filter(s -> !s.isEmpty());
        externalId = externalId.map(String::strip).filter(s -> !s.isEmpty());
    }
}
