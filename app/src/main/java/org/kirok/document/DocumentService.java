package org.kirok.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RestrictedAccessLog;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.testimony.Language;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;

/**
 * Documents and media. Each has its own data key in the vault (subject {@code source/<id>}), like a testimony: it
 * encrypts the notes and every attachment of the source, so one source can be shredded on its own. Everything
 * else is plain for browsing, filtering and counting. Thread-safe.
 */
public final class DocumentService {
    static final String TABLE = "source";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final RestrictedAccessLog restricted;
    private final DocumentStore store = new DocumentStore();

    public DocumentService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.restricted = new RestrictedAccessLog(jdbi, access, audit);
    }

    public UUID create(User user, DocumentDraft draft) {
        return jdbi.inTransaction(handle -> create(handle, user.actor(), draft));
    }

    /** Inside the caller's transaction (imports, the demo). */
    public UUID create(Handle handle, Actor actor, DocumentDraft draft) {
        requireReferences(handle, draft, Optional.empty());
        UUID id = UUID.randomUUID();
        SubjectKey key = vault.create(handle, new Subject(TABLE, id));
        String reference = store.nextReference(handle, draft.kind(), draft.referenceYear(LocalDate.now()));
        store.insert(handle, row(id, reference, draft, key.encryptOptional("notes", draft.notes())), actor.userId());
        audit.record(handle, actor, draft.kind().code() + ".created", TABLE, id, Map.of("reference", reference,
                "has_notes", draft.notes().isPresent()));
        return id;
    }

    /**
     * Saves a new version. The kind cannot change: it is part of the reference, which evidence cites. A user who
     * may not read the notes cannot have seen them, so their edit keeps the stored notes.
     */
    public void update(User user, UUID id, int expectedVersion, DocumentDraft draft) {
        jdbi.useTransaction(handle -> {
            DocumentStore.Row current = store.find(handle, id, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("document"));
            if (!current.kind().equals(draft.kind().code())) {
                throw new InvalidInputException("kind", "the kind of " + current.reference() + " cannot change from "
                        + current.kind() + " to " + draft.kind().code() + ": its reference is cited as it is; "
                        + "record a new " + draft.kind().code() + " instead");
            }
            requireReferences(handle, draft, Optional.of(id));
            byte[] notes = current.notesEnc();
            if (access.canReadIdentity(user)) {
                SubjectKey key = vault.key(handle, new Subject(TABLE, id)).orElseThrow(() -> new NotFoundException("document"));
                notes = key.encryptOptional("notes", draft.notes());
            }
            store.update(handle, row(id, current.reference(), draft, notes), expectedVersion);
            audit.record(handle, user.actor(), current.kind() + ".updated", TABLE, id, Map.of("reference",
                    current.reference(), "version", expectedVersion + 1));
        });
    }

    public DocumentView view(User user, UUID id) {
        restricted.decide(user, "source", id);
        return jdbi.inTransaction(handle -> {
            DocumentStore.Row row = store.find(handle, id, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("document"));
            Optional<SubjectKey> key = access.canReadIdentity(user)
                    ? vault.key(handle, new Subject(TABLE, id)) : Optional.empty();
            Optional<String> notes = key.flatMap(k -> k.decryptOptional("notes", row.notesEnc()));
            if (notes.isPresent()) {
                audit.record(handle, user.actor(), "identity.read", Map.of("table", TABLE, "ids", List.of(id.toString()),
                        "fields", List.of("notes")));
            }
            return view(row, key.isPresent(), notes);
        });
    }

    /** What identifies a document or media source the user may see, without decrypting anything. */
    public DocumentRef ref(User user, UUID id) {
        return jdbi.withHandle(handle -> store.find(handle, id, access.visibleSql(user, "s")))
                .map(row -> new DocumentRef(row.id(), SourceKind.parse(row.kind()), row.reference(), row.version()))
                .orElseThrow(() -> new NotFoundException("document"));
    }

    public Page<DocumentView> list(User user, DocumentFilter filter, int page, int size) {
        return jdbi.inTransaction(handle -> {
            String visible = access.visibleSql(user, "s");
            long total = store.count(handle, filter, visible);
            List<DocumentView> items = store.list(handle, filter, visible, (page - 1) * size, size).stream()
                    .map(row -> view(row, false, Optional.empty())).toList();
            return new Page<>(items, page, size, total);
        });
    }

    private void requireReferences(Handle handle, DocumentDraft draft, Optional<UUID> self) {
        draft.authorOrgId().ifPresent(org -> {
            if (!store.organisationExists(handle, org)) {
                throw new InvalidInputException("author_org_id", "there is no organisation " + org
                        + ": choose the author from the suggestions or create the organisation first");
            }
        });
        draft.organisationId().ifPresent(org -> {
            if (!store.organisationExists(handle, org)) {
                throw new InvalidInputException("organisation_id", "there is no organisation " + org);
            }
        });
        draft.externalId().ifPresent(external -> {
            if (store.externalIdTaken(handle, external, self)) {
                throw new InvalidInputException("external_id", "external_id '" + external
                        + "' is already used by another source");
            }
        });
    }

    private static DocumentStore.Row row(UUID id, String reference, DocumentDraft draft, byte[] notesEnc) {
        return new DocumentStore.Row(id, draft.kind().code(), reference, draft.title(), draft.sourceDate().orElse(null),
                draft.language().map(Language::code).orElse(null), draft.authorOrgId().orElse(null), null, null,
                draft.publisher().orElse(null), draft.url().orElse(null), draft.publishedOn().orElse(null), notesEnc,
                draft.organisationId().orElse(null), null, null, draft.confidentiality().code(),
                draft.externalId().orElse(null), 0, 0, 0);
    }

    private static DocumentView view(DocumentStore.Row row, boolean notesVisible, Optional<String> notes) {
        return new DocumentView(row.id(), SourceKind.parse(row.kind()), row.reference(), row.title(),
                Optional.ofNullable(row.sourceDate()), Optional.ofNullable(row.language()).map(Language::parse),
                organisation(row.authorOrgId(), row.authorNameEn(), row.authorNameKo()),
                Optional.ofNullable(row.publisher()), Optional.ofNullable(row.url()),
                Optional.ofNullable(row.publishedOn()), notesVisible, notes,
                organisation(row.organisationId(), row.ownerNameEn(), row.ownerNameKo()),
                Confidentiality.parse(row.confidentiality()), Optional.ofNullable(row.externalId()), row.version(),
                row.actCount(), row.attachmentCount());
    }

    private static Optional<DocumentView.OrganisationName> organisation(UUID id, String nameEn, String nameKo) {
        return Optional.ofNullable(id).map(org -> new DocumentView.OrganisationName(org, nameEn,
                Optional.ofNullable(nameKo)));
    }
}
