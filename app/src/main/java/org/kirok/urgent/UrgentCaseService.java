package org.kirok.urgent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.organisation.OrganisationService;
import org.kirok.person.PersonService;
import org.kirok.place.PlaceService;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;
import org.kirok.vocabulary.Vocabularies;

/**
 * Urgent cases: the persons at risk, their custody events, and the risk that follows from them. Every write is
 * audited in its transaction and followed by a risk recomputation that logs each change; every read is filtered by
 * the access policy (a case one may not see is "not found"); notes and source notes are encrypted under the case's
 * own data key and shown only with identity access. Thread-safe.
 */
public final class UrgentCaseService {
    static final String TABLE = "urgent_case";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PersonService persons;
    private final Vocabularies vocabularies;
    private final CaseStore store = new CaseStore();
    private final RiskStore risks = new RiskStore();
    private final RiskAssessor assessor;
    private final CasePlaces places;
    private final Custodians custodians;

    public UrgentCaseService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, PersonService persons,
                             PlaceService places, OrganisationService organisations, Vocabularies vocabularies) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.persons = persons;
        this.vocabularies = vocabularies;
        this.assessor = new RiskAssessor(store, risks, audit, BorderLine.dprkChina());
        this.places = new CasePlaces(places);
        this.custodians = new Custodians(organisations);
    }

    public UUID create(User user, CaseDraft draft) {
        return jdbi.inTransaction(handle -> {
            UUID id = UUID.randomUUID();
            SubjectKey key = vault.create(handle, new Subject(TABLE, id));
            store.insert(handle, id, store.nextCode(handle, LocalDate.now().getYear()), draft,
                    key.encryptOptional("notes", draft.notes()), Optional.of(user.id()));
            audit.record(handle, user.actor(), "urgent.created", TABLE, id,
                    Map.of("confidentiality", draft.confidentiality().code()));
            return id;
        });
    }

    public void update(User user, UUID id, int expectedVersion, CaseDraft draft) {
        jdbi.useTransaction(handle -> {
            visible(handle, user, id);
            SubjectKey key = key(handle, id);
            store.update(handle, id, expectedVersion, draft, key.encryptOptional("notes", draft.notes()));
            audit.record(handle, user.actor(), "urgent.updated", TABLE, id, Map.of("version", expectedVersion + 1,
                    "status", draft.status().code()));
        });
    }

    /** The case row, or "not found" when it does not exist or the user may not see it. */
    CaseStore.Row visible(Handle handle, User user, UUID id) {
        return store.find(handle, id, Visibility.sql(access, user, "c")).orElseThrow(() -> new NotFoundException("urgent case"));
    }

    private SubjectKey key(Handle handle, UUID id) {
        return vault.key(handle, new Subject(TABLE, id)).orElseThrow(() -> new NotFoundException("urgent case"));
    }

    public void addPerson(User user, UUID caseId, UUID personId) {
        jdbi.useTransaction(handle -> {
            visible(handle, user, caseId);
            if (!persons.visible(handle, user, personId)) {
                throw new InvalidInputException("person_id", "no person " + personId + " that you may see");
            }
            if (store.addPerson(handle, caseId, personId)) {
                audit.record(handle, user.actor(), "urgent.person_added", TABLE, caseId, Map.of("person", personId.toString()));
                assessor.update(handle, user.actor(), caseId, "person added");
            }
        });
    }

    public void removePerson(User user, UUID caseId, UUID personId) {
        jdbi.useTransaction(handle -> {
            visible(handle, user, caseId);
            if (!store.removePerson(handle, caseId, personId)) {
                throw new NotFoundException("person in this case");
            }
            risks.clearOverride(handle, caseId, Optional.of(personId));
            audit.record(handle, user.actor(), "urgent.person_removed", TABLE, caseId, Map.of("person", personId.toString()));
            assessor.update(handle, user.actor(), caseId, "person removed");
        });
    }

    /** Input for an event whose place and holder are still to be found or created. */
    public record EventInput(CustodyType type, org.kirok.event.FuzzyDate date, Optional<PlaceInput> place,
                             Optional<String> holderName, Optional<UUID> holderId, Optional<UUID> sourceId,
                             Optional<String> sourceNote, Optional<String> reliability, Optional<String> notes,
                             List<UUID> personIds) {
    }

    public UUID addEvent(User user, UUID caseId, EventInput input) {
        return jdbi.inTransaction(handle -> {
            visible(handle, user, caseId);
            Actor actor = user.actor();
            Optional<UUID> placeId = input.place().map(p -> places.resolve(handle, actor, p));
            Optional<UUID> holderId = input.holderId();
            holderId.ifPresent(id -> custodians.requireExisting(handle, id));
            if (holderId.isEmpty()) {
                holderId = input.holderName().filter(n -> !n.isBlank()).map(n -> custodians.resolve(handle, actor, n));
            }
            input.sourceId().filter(s -> !store.sourceVisible(handle, s, access.visibleSql(user, "s"))).ifPresent(s -> {
                throw new InvalidInputException("source_id", "no testimony or document " + s + " that you may see");
            });
            Map<UUID, RiskLevel> members = store.persons(handle, caseId);
            input.personIds().stream().filter(p -> !members.containsKey(p)).findFirst().ifPresent(p -> {
                throw new InvalidInputException("person_ids", "the person " + p + " is not in this case; add them first");
            });
            Optional<UUID> reliability = input.reliability().filter(r -> !r.isBlank())
                    .map(r -> vocabularies.termId("reliability", r));
            CustodyEventDraft draft = new CustodyEventDraft(input.type(), input.date(), placeId, holderId,
                    input.sourceId(), input.sourceNote(), reliability, input.notes(), input.personIds());
            SubjectKey key = key(handle, caseId);
            UUID id = UUID.randomUUID();
            store.insertEvent(handle, id, caseId, draft, key.encryptOptional("event." + id + ".source_note", draft.sourceNote()),
                    key.encryptOptional("event." + id + ".notes", draft.notes()), Optional.of(user.id()));
            Map<String, Object> detail = new HashMap<>();
            detail.put("event", id.toString());
            detail.put("type", draft.type().code());
            detail.put("date", draft.date().toString());
            placeId.ifPresent(p -> detail.put("place", p.toString()));
            holderId.ifPresent(h -> detail.put("holder", h.toString()));
            audit.record(handle, actor, "urgent.event_added", TABLE, caseId, detail);
            assessor.update(handle, actor, caseId, "event " + draft.type().code() + " " + draft.date());
            return id;
        });
    }

    public void deleteEvent(User user, UUID caseId, UUID eventId) {
        jdbi.useTransaction(handle -> {
            visible(handle, user, caseId);
            if (!store.deleteEvent(handle, caseId, eventId)) {
                throw new NotFoundException("event");
            }
            audit.record(handle, user.actor(), "urgent.event_deleted", TABLE, caseId, Map.of("event", eventId.toString()));
            assessor.update(handle, user.actor(), caseId, "event removed");
        });
    }

    /** Sets the level by hand, for the case or one person in it; the reason is required and kept. */
    public void override(User user, UUID caseId, Optional<UUID> personId, RiskLevel level, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new InvalidInputException("reason", "an override needs a reason of at most 2000 characters");
        }
        jdbi.useTransaction(handle -> {
            visible(handle, user, caseId);
            personId.filter(p -> !store.persons(handle, caseId).containsKey(p)).ifPresent(p -> {
                throw new InvalidInputException("person_id", "the person " + p + " is not in this case");
            });
            risks.insertOverride(handle, caseId, personId, level, why, Optional.of(user.id()));
            audit.record(handle, user.actor(), "urgent.risk_overridden", TABLE, caseId, Map.of("level", level.code(),
                    "person", personId.map(UUID::toString).orElse("case")));
            assessor.update(handle, user.actor(), caseId, "override to " + level.code());
        });
    }

    public void clearOverride(User user, UUID caseId, Optional<UUID> personId) {
        jdbi.useTransaction(handle -> {
            visible(handle, user, caseId);
            if (risks.clearOverride(handle, caseId, personId)) {
                audit.record(handle, user.actor(), "urgent.override_cleared", TABLE, caseId,
                        Map.of("person", personId.map(UUID::toString).orElse("case")));
                assessor.update(handle, user.actor(), caseId, "override cleared");
            }
        });
    }

    /** Recomputes every open case after the rules changed, inside the caller's transaction. */
    void reassessAll(Handle handle, Actor actor, String cause) {
        for (UUID id : risks.openCases(handle)) {
            assessor.update(handle, actor, id, cause);
        }
    }

    public UrgentCase view(User user, UUID id) {
        return jdbi.inTransaction(handle -> view(handle, user, id));
    }

    UrgentCase view(Handle handle, User user, UUID id) {
        CaseStore.Row row = visible(handle, user, id);
        boolean identity = access.canReadIdentity(user);
        Optional<SubjectKey> key = identity ? vault.key(handle, new Subject(TABLE, id)) : Optional.empty();
        List<CustodyEvent> events = new ArrayList<>();
        for (CaseStore.EventRow eventRow : store.events(handle, id)) {
            CustodyEvent e = eventRow.event();
            events.add(new CustodyEvent(e.id(), e.type(), e.date(), e.place(), e.holder(), e.sourceId(), e.sourceTitle(),
                    key.flatMap(k -> k.decryptOptional("event." + e.id() + ".source_note", eventRow.sourceNoteEnc())),
                    e.reliabilityId(), key.flatMap(k -> k.decryptOptional("event." + e.id() + ".notes", eventRow.notesEnc())),
                    e.personIds(), e.createdAt()));
        }
        if (key.isPresent()) {
            audit.record(handle, user.actor(), "identity.read", Map.of("table", TABLE, "ids", List.of(id.toString())));
        }
        RiskAssessor.Assessment assessment = assessor.assess(handle, id);
        List<RiskOverride> overrides = risks.activeOverrides(handle, id);
        Map<UUID, RiskLevel> members = store.persons(handle, id);
        Map<UUID, String> labels = persons.labels(handle, user, members.keySet());
        List<UrgentCase.CasePerson> people = members.entrySet().stream().map(member -> {
            RiskRules.Verdict verdict = assessment.computedByPerson().get(member.getKey());
            return new UrgentCase.CasePerson(member.getKey(), org.kirok.person.PersonView.codeOf(member.getKey()),
                    labels.get(member.getKey()), member.getValue(), verdict.level(),
                    verdict.rule().map(RiskRule::label).orElse(""),
                    overrides.stream().filter(o -> o.personId().equals(Optional.of(member.getKey()))).findFirst());
        }).toList();
        return new UrgentCase(row.id(), row.code(), row.title(),
                key.flatMap(k -> k.decryptOptional("notes", row.notesEnc())), row.status(), row.risk(),
                org.kirok.store.Confidentiality.parse(row.confidentiality()), row.organisationId(), row.version(),
                row.createdAt(), people, events, overrides.stream().filter(o -> o.personId().isEmpty()).findFirst(),
                assessment.computedForCase().rule().map(RiskRule::label).orElse(""));
    }

    public Page<CaseSummary> list(User user, Optional<CaseStatus> status, int page, int size) {
        return jdbi.withHandle(handle -> {
            String visible = Visibility.sql(access, user, "c");
            return new Page<>(store.list(handle, visible, status, (page - 1) * size, size), page, size,
                    store.count(handle, visible, status)).map(UrgentCaseService::summary);
        });
    }

    /** The urgent cases this person is in, as far as the user may see them. */
    public List<CaseSummary> ofPerson(User user, UUID personId) {
        return jdbi.withHandle(handle -> store.ofPerson(handle, Visibility.sql(access, user, "c"), personId).stream()
                .map(UrgentCaseService::summary).toList());
    }

    private static CaseSummary summary(CaseStore.Row r) {
        return new CaseSummary(r.id(), r.code(), r.title(), r.status(), r.risk(), r.createdAt());
    }

    public List<RiskChange> history(User user, UUID caseId) {
        return jdbi.withHandle(handle -> {
            visible(handle, user, caseId);
            return risks.history(handle, caseId);
        });
    }

    /** What the rules see of each event (for the page: the border distance behind a level). */
    public RiskFacts facts(CustodyEvent event) {
        return assessor.facts(event);
    }

    /** How many names each person of the case has, without reading any (the communication's identity element). */
    Map<UUID, Integer> nameCounts(Handle handle, List<UUID> personIds) {
        return store.nameCounts(handle, personIds);
    }

    Jdbi jdbi() {
        return jdbi;
    }
}
