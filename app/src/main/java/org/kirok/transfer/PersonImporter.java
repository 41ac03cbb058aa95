package org.kirok.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.event.FuzzyDateParser;
import org.kirok.person.BirthPrecision;
import org.kirok.person.PersonDraft;
import org.kirok.person.PersonName;
import org.kirok.person.PersonService;
import org.kirok.person.Sex;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/** Persons from a table: names as written (several separated by "|"), identity fields encrypted on the way in. */
final class PersonImporter implements RowImporter {
    static final List<String> COLUMNS = List.of("external_id", "names", "sex", "birth_year", "birth_year_precision",
            "birth_date", "origin_place", "contact", "notes", "confidentiality");

    private final PersonService persons;
    private final References references;
    private final Fingerprints fingerprints;
    private final Actor actor;

    PersonImporter(PersonService persons, References references, Fingerprints fingerprints, Actor actor) {
        this.persons = persons;
        this.references = references;
        this.fingerprints = fingerprints;
        this.actor = actor;
    }

    @Override
    public String entity() {
        return "persons";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "names");
    }

    @Override
    public Outcome apply(Handle handle, TabularFile.Line line) {
        String externalId = Cells.required(line, "external_id");
        byte[] fingerprint = fingerprints.of(entity(), line, COLUMNS);
        Optional<UUID> existing = references.existingPerson(handle, externalId);
        if (existing.isPresent() && fingerprints.unchanged(handle, entity(), externalId, fingerprint)) {
            return Outcome.UNCHANGED;
        }
        PersonDraft draft = draft(handle, line, externalId);
        if (existing.isPresent()) {
            persons.update(handle, actor, existing.get(), persons.version(handle, existing.get()), draft);
        } else {
            persons.create(handle, actor, draft);
        }
        fingerprints.remember(handle, entity(), externalId, fingerprint);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.NEW;
    }

    private PersonDraft draft(Handle handle, TabularFile.Line line, String externalId) {
        List<PersonName> names = Arrays.stream(Cells.required(line, "names").split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(PersonName::asGiven).toList();
        Optional<java.time.LocalDate> birthDate = Cells.optional(line, "birth_date").map(text -> {
            var date = FuzzyDateParser.parse(text, "birth_date");
            if (date.precision() != org.kirok.event.DatePrecision.DAY) {
                throw new InvalidInputException("birth_date", "birth_date must be a full date like 1971-03-02 (got '"
                        + text + "'); put an uncertain year in birth_year");
            }
            return date.start().orElseThrow();
        });
        return new PersonDraft(names, Cells.field("sex", () -> Sex.parse(line.get("sex"))),
                Cells.integer(line, "birth_year"),
                Cells.optional(line, "birth_year_precision").map(BirthPrecision::parse).orElse(BirthPrecision.UNKNOWN),
                birthDate, Cells.optional(line, "contact"), Cells.optional(line, "notes"),
                references.place(handle, "origin_place", line.get("origin_place")), Optional.empty(),
                Cells.optional(line, "confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                Optional.of(externalId));
    }
}
