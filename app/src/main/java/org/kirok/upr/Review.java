package org.kirok.upr;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The review of one state in one UPR session: the dialogue date and the adoption of its outcome at the Council. */
public record Review(UUID id, String stateCode, int session, int cycle, Optional<LocalDate> reviewDate,
                     Optional<LocalDate> adoptionDate, Optional<String> reportSymbol, Optional<String> notes,
                     int version) {

    /** When the state's commitments took effect: the adoption, else the review itself. */
    public Optional<LocalDate> effectiveFrom() {
        return adoptionDate.or(() -> reviewDate);
    }

    public String stateName(String language) {
        return States.all().name(stateCode, language);
    }
}
