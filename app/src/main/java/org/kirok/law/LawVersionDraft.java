package org.kirok.law;

import java.time.LocalDate;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** One version of a law: "2020 adoption", "amended 19 Aug 2022", with its adoption date when known. */
public record LawVersionDraft(String label, Optional<LocalDate> adoptedOn, Optional<String> notes) {

    public LawVersionDraft {
        label = Texts.required(label, "label", 200);
        adoptedOn.filter(d -> d.getYear() < 1945 || d.isAfter(LocalDate.now().plusYears(1))).ifPresent(d -> {
            throw new InvalidInputException("adopted_on", "adopted_on must lie between 1945 and next year (got " + d + ")");
        });
        notes = Texts.optional(notes, "notes", 20_000);
    }
}
