package org.kirok.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;

/** Turns act rows into what one user may see: person labels, children, notes only with identity access. */
final class ActViews {
    private final ActStore store;
    private final IdentityVault vault;
    private final AccessPolicy access;
    private final PersonService persons;
    private final AuditLog audit;

    ActViews(ActStore store, IdentityVault vault, AccessPolicy access, PersonService persons, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.vault = vault;
        this.access = access;
        this.persons = persons;
    }

    List<ActView> views(Handle handle, User user, List<ActStore.Row> rows, boolean withNotes) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String lang = user.locale();
        List<UUID> ids = rows.stream().map(ActStore.Row::id).toList();
        Map<UUID, List<ActStore.InvolvementRow>> involvements = store.involvements(handle, ids, lang);
        Map<UUID, List<ActStore.InformationRow>> information = store.information(handle, ids);
        Map<UUID, List<Term>> consequences = store.consequences(handle, ids);
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> people.add(r.victimId()));
        involvements.values().forEach(list -> list.forEach(i -> {
            if (i.personId() != null) {
                people.add(i.personId());
            }
        }));
        Map<UUID, String> labels = persons.labels(handle, user, people);
        boolean notes = withNotes && access.canReadIdentity(user);
        List<ActView> views = new ArrayList<>();
        for (ActStore.Row row : rows) {
            Optional<String> decrypted = Optional.empty();
            if (notes && row.notesEnc() != null && access.canReadIdentity(user, Optional.ofNullable(row.organisationId()))) {
                Optional<SubjectKey> key = vault.key(handle, new Subject("person", row.victimId()));
                decrypted = key.map(k -> k.decrypt("act_notes:" + row.id(), row.notesEnc()));
            }
            views.add(new ActView(row.id(), row.caseCode(), row.type(), row.victimId(), labels.get(row.victimId()),
                    date(row), Optional.ofNullable(row.placeId()), Optional.ofNullable(row.placePath()),
                    Optional.ofNullable(row.eventId()), Optional.ofNullable(row.eventTitle()),
                    involvements.getOrDefault(row.id(), List.of()).stream().map(i -> new ActView.Involvement(
                            Optional.ofNullable(i.personId()), Optional.ofNullable(i.organisationId()),
                            i.personId() != null ? labels.get(i.personId()) : i.organisationLabel(), i.degree())).toList(),
                    information.getOrDefault(row.id(), List.of()).stream().map(i -> new ActView.Information(
                            i.sourceId(), i.reference(), i.kind(), i.reliability(), Optional.ofNullable(i.connection())))
                            .toList(),
                    consequences.getOrDefault(row.id(), List.of()), Optional.ofNullable(row.legalBasisId()),
                    Optional.ofNullable(row.legalBasisLabel()), decrypted, Optional.ofNullable(row.organisationId()),
                    Confidentiality.parse(row.confidentiality()), Optional.ofNullable(row.externalId()), row.version()));
        }
        List<String> read = views.stream().filter(v -> v.notes().isPresent()).map(v -> v.id().toString()).toList();
        if (!read.isEmpty()) {
            audit.record(handle, user.actor(), "identity.read", Map.of("table", "act", "ids", read, "fields", List.of("notes")));
        }
        return views;
    }

    static FuzzyDate date(ActStore.Row row) {
        return new FuzzyDate(Optional.ofNullable(row.dateStart()), Optional.ofNullable(row.dateEnd()),
                DatePrecision.parse(row.datePrecision()), DateQualifier.parse(row.dateQualifier()));
    }
}
