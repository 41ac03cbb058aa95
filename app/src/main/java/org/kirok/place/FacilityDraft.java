package org.kirok.place;

import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/** What is written for a facility besides its place: type term, number, operating organisation, status, notes. */
public record FacilityDraft(UUID typeId, Optional<String> number, Optional<UUID> operatorId, Optional<String> status,
                            Optional<String> notes) {

    public FacilityDraft {
        if (typeId == null) {
            throw new InvalidInputException("facility_type", "a facility needs a type from the facility_type vocabulary");
        }
        number = PlaceDraft.clean(number, "number", 40);
        status = PlaceDraft.clean(status, "status", 300);
        notes = PlaceDraft.clean(notes, "facility_notes", 10_000);
    }
}
