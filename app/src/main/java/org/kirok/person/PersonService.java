package org.kirok.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.engine.name.NameKeys;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RestrictedAccessLog;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;

/**
 * Persons through the identity vault: names, exact birth dates, contacts and notes are encrypted with the
 * person's own data key; names are findable only through the keyed blind index of their normalized keys
 * (every romanization and script of a Korean name shares one). Every write and every identity read is audited,
 * without the values. Thread-safe.
 */
public final class PersonService {
    static final String TABLE = "person";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final RestrictedAccessLog restricted;
    private final PersonStore store = new PersonStore();

    public PersonService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.restricted = new RestrictedAccessLog(jdbi, access, audit);
    }

    public UUID create(Actor actor, PersonDraft draft) {
        return jdbi.inTransaction(handle -> create(handle, actor, draft));
    }

    /** Inside the caller's transaction (imports, the demo loader, a testimony with a new interviewee). */
    public UUID create(Handle handle, Actor actor, PersonDraft draft) {
        UUID id = UUID.randomUUID();
        SubjectKey key = vault.create(handle, new Subject(TABLE, id));
        store.insert(handle, row(id, key, draft, 1), actor.userId());
        writeNames(handle, id, key, draft.names());
        audit.record(handle, actor, "person.created", TABLE, id, Map.of("names", draft.names().size(),
                "confidentiality", draft.confidentiality().code()));
        return id;
    }

    public void update(Actor actor, UUID id, int expectedVersion, PersonDraft draft) {
        jdbi.useTransaction(handle -> update(handle, actor, id, expectedVersion, draft));
    }

    /** Inside the caller's transaction (imports). */
    public void update(Handle handle, Actor actor, UUID id, int expectedVersion, PersonDraft draft) {
        SubjectKey key = vault.key(handle, new Subject(TABLE, id))
                .orElseThrow(() -> new NotFoundException("person " + PersonView.codeOf(id)));
        store.update(handle, row(id, key, draft, expectedVersion), expectedVersion);
        writeNames(handle, id, key, draft.names());
        audit.record(handle, actor, "person.updated", TABLE, id, Map.of("version", expectedVersion + 1));
    }

    /** The current version of a person record, for updates made by imports. */
    public int version(Handle handle, UUID id) {
        return handle.createQuery("SELECT version FROM person WHERE id = :id").bind("id", id).mapTo(Integer.class)
                .findOne().orElseThrow(() -> new NotFoundException("person"));
    }

    private void writeNames(Handle handle, UUID id, SubjectKey key, List<PersonName> names) {
        List<PersonStore.NameRow> rows = new ArrayList<>();
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            PersonName name = names.get(i);
            rows.add(new PersonStore.NameRow(i, name.script().code(), name.system().code(), name.order().code(),
                    key.encrypt("name." + i, name.text())));
            String canonical = NameKeys.canonical(name.text());
            for (String nameKey : NameKeys.keys(name.text())) {
                keys.merge(nameKey, nameKey.equals(canonical), Boolean::logicalOr);
            }
        }
        store.replaceNames(handle, id, rows);
        store.replaceKeys(handle, id, keys.entrySet().stream()
                .map(e -> new PersonStore.KeyRow(vault.blindIndex(e.getKey()), e.getValue())).toList());
    }

    private static PersonStore.Row row(UUID id, SubjectKey key, PersonDraft draft, int version) {
        return new PersonStore.Row(id, draft.sex().map(Sex::code).orElse(null), draft.birthYear().orElse(null),
                draft.birthPrecision().code(), key.encryptOptional("birth_date", draft.birthDate().map(LocalDate::toString)),
                key.encryptOptional("contact", draft.contact()), key.encryptOptional("notes", draft.notes()),
                draft.originPlaceId().orElse(null), null, draft.organisationId().orElse(null),
                draft.confidentiality().code(), false, false, draft.externalId().orElse(null), version);
    }

    /** One person as the user may see them; 404 when they may not see the record at all. */
    public PersonView view(User user, UUID id) {
        restricted.decide(user, "person", id);
        return jdbi.inTransaction(handle -> {
            PersonStore.Row row = store.find(handle, id, access.visibleSql(user, "p"))
                    .orElseThrow(() -> new NotFoundException("person"));
            return views(handle, user, List.of(row)).get(0);
        });
    }

    public Page<PersonView> list(User user, PersonFilter filter, int page, int size) {
        return jdbi.inTransaction(handle -> {
            String visible = access.visibleSql(user, "p");
            long total = store.count(handle, filter, visible);
            List<PersonStore.Row> rows = store.list(handle, filter, visible, (page - 1) * size, size);
            return new Page<>(views(handle, user, rows), page, size, total);
        });
    }

    /**
     * Type-ahead: persons whose names share any normalized key with the query — also the looser ones (surname
     * with initials, consonant skeleton) so that a typo still finds someone — exact spellings ranked first.
     */
    public List<PersonView> lookup(User user, String query, int limit) {
        String trimmed = query.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<byte[]> loose = new LinkedHashSet<>(NameKeys.keys(trimmed)).stream()
                .filter(key -> !key.startsWith("g:")).map(vault::blindIndex).toList();
        return list(user, new PersonFilter(loose, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), 1, limit).items();
    }

    /**
     * Blind-index hashes for filtering by name: the canonical key and the other reading order only, so the same
     * name in any script, romanization or order matches, and a different name does not. (The looser keys serve the
     * type-ahead, where ranking puts them last.)
     */
    public List<byte[]> keyHashes(String nameQuery) {
        Set<String> keys = new LinkedHashSet<>(NameKeys.keys(nameQuery));
        return keys.stream().filter(key -> !key.contains(":")).map(vault::blindIndex).toList();
    }

    /**
     * How to call each person on a page for this user: their first name with identity access (an audited read),
     * otherwise their pseudonym. Persons the user may not see at all also get their pseudonym, which reveals nothing.
     */
    public Map<UUID, String> labels(Handle handle, User user, java.util.Collection<UUID> ids) {
        Map<UUID, String> labels = new LinkedHashMap<>();
        ids.forEach(id -> labels.put(id, PersonView.codeOf(id)));
        if (ids.isEmpty() || !access.canReadIdentity(user)) {
            return labels;
        }
        List<PersonStore.Row> rows = store.list(handle, PersonFilter.none(), access.visibleSql(user, "p")
                + " AND p.id = ANY(:ids)", 0, ids.size(), ids);
        views(handle, user, rows).forEach(view -> labels.put(view.id(), view.label()));
        return labels;
    }

    /** Whether the user may see this person's record (for validating references in forms). */
    public boolean visible(Handle handle, User user, UUID id) {
        return store.find(handle, id, access.visibleSql(user, "p")).isPresent();
    }

    public Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return store.idByExternalId(handle, externalId);
    }

    /** Decrypts what the user may see, and logs that identities were read (ids only, never values). */
    List<PersonView> views(Handle handle, User user, List<PersonStore.Row> rows) {
        boolean anyIdentity = access.canReadIdentity(user);
        List<UUID> ids = rows.stream()
                .filter(row -> anyIdentity && access.canReadIdentity(user, Optional.ofNullable(row.organisationId())))
                .map(PersonStore.Row::id).toList();
        Map<UUID, SubjectKey> keys = ids.isEmpty() ? Map.of() : vault.keys(handle, TABLE, ids);
        Map<UUID, List<PersonStore.NameRow>> names = ids.isEmpty() ? Map.of() : store.names(handle, ids);
        List<PersonView> views = rows.stream().map(row -> view(row, Optional.ofNullable(keys.get(row.id())),
                names.getOrDefault(row.id(), List.of()))).toList();
        List<String> read = views.stream().filter(PersonView::identityVisible).map(v -> v.id().toString()).toList();
        if (!read.isEmpty()) {
            audit.record(handle, user.actor(), "identity.read", Map.of("table", TABLE, "ids", read));
        }
        return views;
    }

    private static PersonView view(PersonStore.Row row, Optional<SubjectKey> key, List<PersonStore.NameRow> names) {
        Optional<List<PersonName>> visibleNames = key.map(k -> names.stream()
                .map(n -> new PersonName(k.decrypt("name." + n.position(), n.textEnc()), NameScript.parse(n.script()),
                        NameSystem.parse(n.system()), NameOrder.parse(n.order())))
                .toList());
        return new PersonView(row.id(), PersonView.codeOf(row.id()), visibleNames, Sex.parse(row.sex()),
                Optional.ofNullable(row.birthYear()), BirthPrecision.parse(row.birthPrecision()),
                key.flatMap(k -> k.decryptOptional("birth_date", row.birthDateEnc())).map(LocalDate::parse),
                key.flatMap(k -> k.decryptOptional("contact", row.contactEnc())),
                key.flatMap(k -> k.decryptOptional("notes", row.notesEnc())),
                Optional.ofNullable(row.originPlaceId()), Optional.ofNullable(row.originPlaceName()),
                Optional.ofNullable(row.organisationId()), Confidentiality.parse(row.confidentiality()),
                row.legalHold(), row.erased(), Optional.ofNullable(row.externalId()), row.version());
    }
}
