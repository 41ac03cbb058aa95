package org.kirok.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.event.ActFilter;
import org.kirok.event.ActService;
import org.kirok.event.ActView;
import org.kirok.event.Term;
import org.kirok.person.PersonFilter;
import org.kirok.person.PersonName;
import org.kirok.person.PersonService;
import org.kirok.person.PersonView;
import org.kirok.place.Place;
import org.kirok.place.PlaceFilter;
import org.kirok.place.PlaceService;
import org.kirok.security.User;
import org.kirok.store.Page;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.Spreadsheet;

/**
 * Exports in exactly the shape the importers read, so a file round-trips: persons, places, and acts (one row per
 * act, long format for R). Only what the user may see is written; every export is audited (counts, not content).
 */
public final class Exports {
    private final Jdbi jdbi;
    private final PersonService persons;
    private final ActService acts;
    private final PlaceService places;
    private final Vocabularies vocabularies;
    private final AuditLog audit;

    public Exports(Jdbi jdbi, PersonService persons, ActService acts, PlaceService places, Vocabularies vocabularies,
                   AuditLog audit) {
        this.jdbi = jdbi;
        this.persons = persons;
        this.acts = acts;
        this.places = places;
        this.vocabularies = vocabularies;
        this.audit = audit;
    }

    public byte[] persons(User user, Spreadsheet.Format format) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<PersonView> batch = persons.list(user, PersonFilter.none(), page, Page.MAX_SIZE);
            for (PersonView p : batch.items()) {
                rows.add(List.of(p.externalId().orElse(p.id().toString()),
                        p.names().map(n -> n.stream().map(PersonName::text).collect(Collectors.joining(" | "))).orElse(p.code()),
                        p.sex().map(Enum::name).orElse(""), p.birthYear().map(String::valueOf).orElse(""),
                        p.birthPrecision().code(), p.birthDate().map(Object::toString).orElse(""),
                        p.originPlaceId().map(UUID::toString).map(id -> placeExternalId(id)).orElse(""),
                        p.contact().orElse(""), p.notes().orElse(""), p.confidentiality().code()));
            }
            if (!batch.hasNext()) {
                break;
            }
        }
        return done(user, "persons", format, PersonImporter.COLUMNS, rows);
    }

    public byte[] acts(User user, ActFilter filter, Spreadsheet.Format format) {
        List<List<String>> rows = new ArrayList<>();
        Map<UUID, String> personIds = new java.util.HashMap<>();
        for (int page = 1; ; page++) {
            Page<ActView> batch = acts.list(user, filter, "en", page, Page.MAX_SIZE);
            for (ActView a : batch.items()) {
                rows.add(List.of(a.externalId().orElse(a.id().toString()), a.type().code(),
                        personIds.computeIfAbsent(a.victimId(), this::personExternalId),
                        a.date().known() ? a.date().toString() : "",
                        a.placeId().map(id -> placeExternalId(id.toString())).orElse(""),
                        join(a.involvements().stream().filter(i -> i.organisationId().isPresent())
                                .map(ActView.Involvement::perpetratorLabel).toList()),
                        join(a.involvements().stream().filter(i -> i.organisationId().isPresent())
                                .map(i -> i.degree().code()).toList()),
                        join(a.involvements().stream().filter(i -> i.personId().isPresent())
                                .map(i -> personIds.computeIfAbsent(i.personId().get(), this::personExternalId)).toList()),
                        join(a.sources().stream().map(ActView.Information::reference).toList()),
                        a.sources().isEmpty() ? "" : a.sources().get(0).reliability().code(),
                        a.sources().isEmpty() ? "" : a.sources().get(0).connection().map(Term::code).orElse(""),
                        join(a.consequences().stream().map(Term::code).toList()),
                        a.legalBasisLabel().orElse(""), a.eventId().map(this::eventExternalId).orElse(""),
                        a.confidentiality().code(), a.notes().orElse("")));
            }
            if (!batch.hasNext()) {
                break;
            }
        }
        return done(user, "acts", format, ActImporter.COLUMNS, rows);
    }

    public byte[] places(User user, Spreadsheet.Format format) {
        List<Place> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Place> batch = places.list(PlaceFilter.none(), page, Page.MAX_SIZE);
            all.addAll(batch.items());
            if (!batch.hasNext()) {
                break;
            }
        }
        all.sort(Comparator.comparingInt((Place p) -> p.ancestors().size()).thenComparing(Place::nameEn));
        List<List<String>> rows = new ArrayList<>();
        for (Place p : all) {
            rows.add(List.of(p.externalId().orElse(p.id().toString()), p.level().name().toLowerCase(java.util.Locale.ROOT),
                    p.nameEn(), p.nameKo().orElse(""), String.join(" | ", p.variants()),
                    p.parentId().map(id -> placeExternalId(id.toString())).orElse(""), p.countryCode(),
                    p.latitude().map(String::valueOf).orElse(""), p.longitude().map(String::valueOf).orElse(""),
                    p.facility().flatMap(f -> vocabularies.term(f.typeId()).map(t -> t.code())).orElse(""),
                    p.facility().flatMap(f -> f.number()).orElse(""),
                    p.facility().flatMap(f -> f.operatorName()).orElse("")));
        }
        return done(user, "places", format, PlaceImporter.COLUMNS, rows);
    }

    private byte[] done(User user, String entity, Spreadsheet.Format format, List<String> columns, List<List<String>> rows) {
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "export", Map.of("entity", entity,
                "rows", rows.size(), "format", format.name().toLowerCase(java.util.Locale.ROOT))));
        return new Spreadsheet(entity, columns, rows).write(format);
    }

    private String placeExternalId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(external_id, id::text) FROM place WHERE id = CAST(:id AS uuid)")
                .bind("id", id).mapTo(String.class).findOne().orElse(""));
    }

    private String personExternalId(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(external_id, id::text) FROM person WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private String eventExternalId(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(external_id, id::text) FROM event WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private static String join(List<String> values) {
        return String.join(" | ", values);
    }

}
