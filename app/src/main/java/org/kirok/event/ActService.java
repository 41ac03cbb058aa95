package org.kirok.event;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RestrictedAccessLog;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;

/**
 * Coding acts: validation of every reference (the victim, perpetrators and sources must be records the coder
 * may see), pseudonymous case codes, notes encrypted under the victim's data key (erasing the victim makes them
 * unreadable too), audit of every change. Thread-safe.
 */
public final class ActService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final RestrictedAccessLog restricted;
    private final PersonService persons;
    private final ActStore store = new ActStore();
    private final ActViews views;

    public ActService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, PersonService persons) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.restricted = new RestrictedAccessLog(jdbi, access, audit);
        this.persons = persons;
        this.views = new ActViews(store, vault, access, persons, audit);
    }

    public UUID create(User user, ActDraft draft) {
        return jdbi.inTransaction(handle -> {
            requireVisibleReferences(handle, user, draft);
            return create(handle, user.actor(), draft);
        });
    }

    /** Inside the caller's transaction; references must have been checked (imports check them row by row). */
    public UUID create(Handle handle, Actor actor, ActDraft draft) {
        UUID id = UUID.randomUUID();
        String caseCode = newCaseCode(handle);
        store.insert(handle, row(handle, id, caseCode, draft), actor.userId());
        writeChildren(handle, id, draft);
        audit.record(handle, actor, "act.created", "act", id, Map.of("case", caseCode, "type", draft.actType(),
                "sources", draft.sources().size()));
        return id;
    }

    public void update(User user, UUID id, int expectedVersion, ActDraft draft) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id, access.visibleSql(user, "a"), "en").orElseThrow(() -> new NotFoundException("act"));
            requireVisibleReferences(handle, user, draft);
            update(handle, user.actor(), id, expectedVersion, draft);
        });
    }

    /** Inside the caller's transaction; references must have been checked. */
    public void update(Handle handle, Actor actor, UUID id, int expectedVersion, ActDraft draft) {
        String caseCode = handle.createQuery("SELECT case_code FROM act WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().orElseThrow(() -> new NotFoundException("act"));
        store.update(handle, row(handle, id, caseCode, draft), expectedVersion);
        writeChildren(handle, id, draft);
        audit.record(handle, actor, "act.updated", "act", id, Map.of("case", caseCode, "version", expectedVersion + 1));
    }

    public int version(Handle handle, UUID id) {
        return handle.createQuery("SELECT version FROM act WHERE id = :id").bind("id", id).mapTo(Integer.class)
                .findOne().orElseThrow(() -> new NotFoundException("act"));
    }

    public void delete(User user, UUID id) {
        jdbi.useTransaction(handle -> {
            ActStore.Row current = store.find(handle, id, access.visibleSql(user, "a"), "en")
                    .orElseThrow(() -> new NotFoundException("act"));
            store.delete(handle, id);
            audit.record(handle, user.actor(), "act.deleted", "act", id, Map.of("case", current.caseCode(),
                    "type", current.type().code()));
        });
    }

    public ActView view(User user, UUID id, String lang) {
        restricted.decide(user, "act", id);
        return jdbi.inTransaction(handle -> views.views(handle, user, List.of(
                store.find(handle, id, access.visibleSql(user, "a"), lang)
                        .orElseThrow(() -> new NotFoundException("act"))), true).get(0));
    }

    public Page<ActView> list(User user, ActFilter filter, String lang, int page, int size) {
        return jdbi.inTransaction(handle -> {
            String visible = access.visibleSql(user, "a");
            long total = store.count(handle, filter, visible);
            List<ActStore.Row> rows = store.list(handle, filter, visible, lang, (page - 1) * size, size);
            return new Page<>(views.views(handle, user, rows, false), page, size, total);
        });
    }

    public Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return store.idByExternalId(handle, externalId);
    }

    public void requireVisibleReferences(Handle handle, User user, ActDraft draft) {
        if (!persons.visible(handle, user, draft.victimId())) {
            throw new InvalidInputException("victim_id", "there is no person " + draft.victimId() + " that you may see");
        }
        for (ActDraft.InvolvementDraft involvement : draft.involvements()) {
            involvement.perpetratorPersonId().filter(p -> !persons.visible(handle, user, p)).ifPresent(p -> {
                throw new InvalidInputException("involvements", "there is no person " + p + " that you may see");
            });
        }
        for (ActDraft.InformationDraft information : draft.sources()) {
            boolean visible = handle.createQuery("SELECT EXISTS (SELECT 1 FROM source s WHERE s.id = :id AND "
                    + access.visibleSql(user, "s") + ")").bind("id", information.sourceId()).mapTo(Boolean.class).one();
            if (!visible) {
                throw new InvalidInputException("sources", "there is no source " + information.sourceId()
                        + " that you may see");
            }
        }
    }

    private ActStore.Row row(Handle handle, UUID id, String caseCode, ActDraft draft) {
        UUID type = Terms.id(handle, "act_type", draft.actType(), "act_type");
        byte[] notes = draft.notes().map(text -> vault.key(handle, new Subject("person", draft.victimId()))
                .orElseThrow(() -> new InvalidInputException("victim_id", "the victim's identity was erased; "
                        + "notes about them can no longer be written"))
                .encrypt("act_notes:" + id, text)).orElse(null);
        FuzzyDate date = draft.date();
        return new ActStore.Row(id, caseCode, draft.eventId().orElse(null), null, type, null, draft.victimId(),
                date.start().orElse(null), date.end().orElse(null), date.precision().code(), date.qualifier().code(),
                draft.placeId().orElse(null), null, draft.legalBasisId().orElse(null), null, notes,
                draft.organisationId().orElse(null), draft.confidentiality().code(), draft.externalId().orElse(null), 0);
    }

    private void writeChildren(Handle handle, UUID id, ActDraft draft) {
        List<Object[]> involvements = new ArrayList<>();
        for (ActDraft.InvolvementDraft involvement : draft.involvements()) {
            involvements.add(new Object[] {involvement.perpetratorPersonId().orElse(null),
                involvement.perpetratorOrganisationId().orElse(null),
                Terms.id(handle, "involvement_degree", involvement.degree(), "involvements"),
                involvement.notes().orElse(null)});
        }
        List<Object[]> information = new ArrayList<>();
        for (ActDraft.InformationDraft info : draft.sources()) {
            information.add(new Object[] {info.sourceId(), Terms.id(handle, "reliability", info.reliability(), "sources"),
                info.connection().map(c -> Terms.id(handle, "source_connection", c, "sources")).orElse(null),
                info.notes().orElse(null)});
        }
        Set<UUID> consequences = new HashSet<>();
        for (String consequence : draft.consequences()) {
            consequences.add(Terms.id(handle, "consequence", consequence, "consequences"));
        }
        store.replaceChildren(handle, id, involvements, information, List.copyOf(consequences));
    }

    private String newCaseCode(Handle handle) {
        while (true) {
            StringBuilder code = new StringBuilder("A-");
            for (int i = 0; i < 7; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!store.caseCodeTaken(handle, code.toString())) {
                return code.toString();
            }
        }
    }
}
