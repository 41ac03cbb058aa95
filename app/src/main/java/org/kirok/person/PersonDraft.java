package org.kirok.person;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/**
 * What is written when a person is created or edited. Names, the exact birth date, contact details and notes
 * are identity fields: the vault encrypts them; the rest is stored as is.
 */
public record PersonDraft(List<PersonName> names, Optional<Sex> sex, Optional<Integer> birthYear,
                          BirthPrecision birthPrecision, Optional<LocalDate> birthDate, Optional<String> contact,
                          Optional<String> notes, Optional<UUID> originPlaceId, Optional<UUID> organisationId,
                          Confidentiality confidentiality, Optional<String> externalId) {

    public PersonDraft {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new InvalidInputException("names", "a person needs at least one name (use what the source called "
                    + "them, e.g. 'the woman from Hoeryong', if no name is known)");
        }
        if (names.size() > 30) {
            throw new InvalidInputException("names", "a person has at most 30 names");
        }
        if (birthDate.isPresent()) {
            int year = birthDate.get().getYear();
            if (birthYear.isPresent() && birthYear.get() != year) {
                throw new InvalidInputException("birth_year", "the birth year " + birthYear.get()
                        + " differs from the year of the birth date " + birthDate.get());
            }
            birthYear = Optional.of(year);
            birthPrecision = BirthPrecision.EXACT;
        }
        if (birthYear.isPresent()) {
            int year = birthYear.get();
            if (year < 1850 || year > Year.now().getValue()) {
                throw new InvalidInputException("birth_year", "the birth year must lie between 1850 and this year (got "
                        + year + ")");
            }
            if (birthPrecision == BirthPrecision.UNKNOWN) {
                birthPrecision = BirthPrecision.EXACT;
            }
        } else if (birthPrecision != BirthPrecision.UNKNOWN) {
            throw new InvalidInputException("birth_year_precision", "a birth year precision needs a birth year");
        }
        contact = contact.map(String::strip).filter(s -> !s.isEmpty());
        notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        externalId = externalId.map(String::strip).filter(s -> !s.isEmpty());
        if (externalId.isPresent() && externalId.get().length() > 200) {
            throw new InvalidInputException("external_id", "external_id is at most 200 characters");
        }
    }
}
