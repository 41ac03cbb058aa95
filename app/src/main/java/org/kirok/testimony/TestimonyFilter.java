package org.kirok.testimony;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/** Filters for the testimony list: reference or title text, interviewee, period, place (with all below it). */
public record TestimonyFilter(Optional<String> text, Optional<UUID> intervieweeId, Optional<LocalDate> from,
                              Optional<LocalDate> to, Optional<UUID> placeId, Optional<Language> language,
                              Optional<Confidentiality> confidentiality) {

    public static TestimonyFilter none() {
        return new TestimonyFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
