package org.kirok.testimony;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RestrictedAccessLog;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;

/**
 * Testimonies: the transcript, summary and notes are encrypted with the testimony's own data key, so that a
 * testimony can be shredded on its own; everything else is plain for browsing and counting. Thread-safe.
 */
public final class TestimonyService {
    static final String TABLE = "source";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final RestrictedAccessLog restricted;
    private final PersonService persons;
    private final TestimonyStore store = new TestimonyStore();

    public TestimonyService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, PersonService persons) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.restricted = new RestrictedAccessLog(jdbi, access, audit);
        this.persons = persons;
    }

    public UUID create(User user, TestimonyDraft draft) {
        return jdbi.inTransaction(handle -> {
            requireVisibleInterviewee(handle, user, draft.intervieweeId());
            return create(handle, user.actor(), draft);
        });
    }

    /** Inside the caller's transaction; the caller has checked that the interviewee exists. */
    public UUID create(Handle handle, Actor actor, TestimonyDraft draft) {
        UUID id = UUID.randomUUID();
        SubjectKey key = vault.create(handle, new Subject(TABLE, id));
        String reference = store.nextReference(handle, draft.interviewDate().getYear());
        store.insert(handle, row(id, reference, key, draft, consentScope(handle, draft)), actor.userId());
        audit.record(handle, actor, "testimony.created", TABLE, id, Map.of("reference", reference,
                "has_transcript", draft.transcript().isPresent()));
        return id;
    }

    public void update(User user, UUID id, int expectedVersion, TestimonyDraft draft) {
        jdbi.useTransaction(handle -> {
            TestimonyStore.Row current = store.find(handle, id, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("testimony"));
            requireVisibleInterviewee(handle, user, draft.intervieweeId());
            SubjectKey key = vault.key(handle, new Subject(TABLE, id))
                    .orElseThrow(() -> new NotFoundException("testimony"));
            store.update(handle, row(id, current.reference(), key, draft, consentScope(handle, draft)), expectedVersion);
            audit.record(handle, user.actor(), "testimony.updated", TABLE, id, Map.of("version", expectedVersion + 1));
        });
    }

    private void requireVisibleInterviewee(Handle handle, User user, UUID intervieweeId) {
        if (!persons.visible(handle, user, intervieweeId)) {
            throw new InvalidInputException("interviewee_id", "there is no person " + intervieweeId
                    + " that you may see: create the interviewee first");
        }
    }

    private static UUID consentScope(Handle handle, TestimonyDraft draft) {
        if (draft.consentScope().isEmpty()) {
            return null;
        }
        String code = draft.consentScope().get();
        return handle.createQuery("SELECT id FROM vocab_term WHERE vocabulary = 'consent_scope' AND code = :c AND active")
                .bind("c", code).mapTo(UUID.class).findOne()
                .orElseThrow(() -> new InvalidInputException("consent_scope", "'" + code + "' is not a consent scope; use "
                        + String.join(", ", handle.createQuery("SELECT code FROM vocab_term WHERE vocabulary = 'consent_scope' "
                        + "AND active ORDER BY sort_order").mapTo(String.class).list())));
    }

    private static TestimonyStore.Row row(UUID id, String reference, SubjectKey key, TestimonyDraft draft, UUID consent) {
        String title = draft.title().orElse("Interview " + reference);
        return new TestimonyStore.Row(id, reference, title, draft.intervieweeId(),
                draft.interviewerUserId().orElse(null), null, draft.interviewDate(), draft.placeId().orElse(null), null,
                draft.language().code(), consent, null, draft.durationMinutes().orElse(null),
                key.encryptOptional("transcript", draft.transcript()), key.encryptOptional("summary", draft.summary()),
                key.encryptOptional("notes", draft.notes()), draft.organisationId().orElse(null),
                draft.confidentiality().code(), draft.externalId().orElse(null), 0, 0);
    }

    public TestimonyView view(User user, UUID id) {
        restricted.decide(user, "source", id);
        return jdbi.inTransaction(handle -> {
            TestimonyStore.Row row = store.find(handle, id, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("testimony"));
            return views(handle, user, List.of(row), true).get(0);
        });
    }

    public Page<TestimonyView> list(User user, TestimonyFilter filter, int page, int size) {
        return jdbi.inTransaction(handle -> {
            String visible = access.visibleSql(user, "s");
            long total = store.count(handle, filter, visible);
            List<TestimonyStore.Row> rows = store.list(handle, filter, visible, (page - 1) * size, size);
            return new Page<>(views(handle, user, rows, false), page, size, total);
        });
    }

    /** The interviewee of a testimony the user may see (for defaults in the coding form); empty otherwise. */
    public Optional<UUID> interviewee(User user, UUID sourceId) {
        return jdbi.withHandle(handle -> store.find(handle, sourceId, access.visibleSql(user, "s"))
                .map(TestimonyStore.Row::intervieweeId));
    }

    public Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return store.idByExternalId(handle, externalId);
    }

    /** Lists never decrypt transcripts; the detail page does, for users with identity access, and logs it. */
    private List<TestimonyView> views(Handle handle, User user, List<TestimonyStore.Row> rows, boolean withTexts) {
        Map<UUID, String> labels = persons.labels(handle, user, rows.stream().map(TestimonyStore.Row::intervieweeId).toList());
        List<TestimonyView> views = rows.stream().map(row -> {
            boolean identity = withTexts && access.canReadIdentity(user, Optional.ofNullable(row.organisationId()));
            Optional<SubjectKey> key = identity ? vault.key(handle, new Subject(TABLE, row.id())) : Optional.empty();
            return new TestimonyView(row.id(), row.reference(), row.title(), row.intervieweeId(),
                    labels.get(row.intervieweeId()), Optional.ofNullable(row.interviewerUserId()),
                    Optional.ofNullable(row.interviewerName()), row.interviewDate(), Optional.ofNullable(row.placeId()),
                    Optional.ofNullable(row.placeName()), Language.parse(row.language()),
                    Optional.ofNullable(row.consentScopeId()), Optional.ofNullable(row.consentScopeCode()),
                    Optional.ofNullable(row.durationMinutes()), key.isPresent(),
                    key.flatMap(k -> k.decryptOptional("transcript", row.transcriptEnc())),
                    key.flatMap(k -> k.decryptOptional("summary", row.summaryEnc())),
                    key.flatMap(k -> k.decryptOptional("notes", row.notesEnc())),
                    Optional.ofNullable(row.organisationId()), Confidentiality.parse(row.confidentiality()),
                    Optional.ofNullable(row.externalId()), row.version(), row.actCount());
        }).toList();
        List<String> read = views.stream().filter(TestimonyView::identityVisible).map(v -> v.id().toString()).toList();
        if (!read.isEmpty()) {
            audit.record(handle, user.actor(), "identity.read", Map.of("table", TABLE, "ids", read,
                    "fields", List.of("transcript", "summary", "notes")));
        }
        return views;
    }
}
