package org.kirok.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.NotFoundException;
import org.kirok.upr.DocumentFormat;
import org.kirok.upr.Signatories;
import org.kirok.upr.UprSettings;
import org.kirok.web.Spreadsheet;

/**
 * Oral statements for the Human Rights Council: drafting, timing against the debate's slot at the speaking rate,
 * the record of deliveries, and export (the statement as DOCX or PDF; deliveries as CSV or XLSX). Records like
 * others: internal by default, visible by the access rules, every write audited. Thread-safe.
 */
public final class StatementService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final UprSettings settings;
    private final StatementStore store = new StatementStore();

    StatementService(Jdbi jdbi, AuditLog audit, AccessPolicy access, UprSettings settings) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.settings = settings;
    }

    public List<Statement> list(User user) {
        return jdbi.withHandle(handle -> store.list(handle, access.visibleSql(user, "s")));
    }

    public Statement view(User user, UUID id) {
        return jdbi.withHandle(handle -> store.one(handle, id, access.visibleSql(user, "s")))
                .orElseThrow(() -> new NotFoundException("statement"));
    }

    public UUID create(User user, StatementDraft draft) {
        return jdbi.inTransaction(handle -> create(handle, user.actor(), Optional.of(user.id()), user.organisationId(),
                draft));
    }

    /** Drafts a statement inside the caller's transaction (for loaders). */
    public UUID create(Handle handle, Actor actor, Optional<UUID> user, Optional<UUID> organisation, StatementDraft draft) {
        UUID id = UUID.randomUUID();
        store.insert(handle, id, draft, organisation, user);
        Signatories.STATEMENT.replace(handle, id, draft.signatories(), "signatories");
        audit.record(handle, actor, "statement.created", "hrc_statement", id, Map.of("session",
                draft.hrcSession(), "debate_kind", draft.debateKind().code()));
        return id;
    }

    public void update(User user, UUID id, int expectedVersion, StatementDraft draft) {
        view(user, id);
        jdbi.useTransaction(handle -> {
            store.update(handle, id, expectedVersion, draft);
            Signatories.STATEMENT.replace(handle, id, draft.signatories(), "signatories");
            audit.record(handle, user.actor(), "statement.updated", "hrc_statement", id,
                    Map.of("version", expectedVersion + 1));
        });
    }

    public UUID recordDelivery(User user, UUID statement, Delivery delivery) {
        view(user, statement);
        jdbi.useTransaction(handle -> recordDelivery(handle, user.actor(), Optional.of(user.id()), statement, delivery));
        return delivery.id();
    }

    /** Records a delivery inside the caller's transaction (for loaders). */
    public void recordDelivery(Handle handle, Actor actor, Optional<UUID> user, UUID statement, Delivery delivery) {
        store.insertDelivery(handle, statement, delivery, user);
        audit.record(handle, actor, "statement.delivered", "hrc_statement", statement,
                Map.of("delivered_on", delivery.deliveredOn().toString()));
    }

    /** The slot of a statement: its own, else the configured default of its kind of debate. */
    public int slot(Statement statement) {
        return statement.slotSeconds().orElseGet(() -> settings.get(statement.debateKind().slotSetting()));
    }

    public int wordsPerMinute(Optional<Integer> own) {
        return own.orElseGet(() -> settings.get(UprSettings.Key.WORDS_PER_MINUTE));
    }

    public Timing timing(Statement statement, Optional<String> unsavedText) {
        return Timing.of(unsavedText.orElse(statement.textEn()), slot(statement), wordsPerMinute(statement.wordsPerMinute()));
    }

    /** Timing of any text: the slot and rate given, else the defaults (an interactive dialogue's slot, 150 wpm). */
    public Timing timing(String text, Optional<Integer> slotSeconds, Optional<Integer> wordsPerMinute) {
        return Timing.of(text, slotSeconds.orElseGet(() -> settings.get(UprSettings.Key.SLOT_INTERACTIVE_DIALOGUE)),
                wordsPerMinute(wordsPerMinute));
    }

    public byte[] export(User user, UUID id, DocumentFormat format) {
        Statement statement = view(user, id);
        var publication = StatementDocument.of(statement, timing(statement, Optional.empty()));
        byte[] bytes = format.render(publication);
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "statement.exported", "hrc_statement", id,
                Map.of("format", format.extension(), "version", statement.version())));
        return bytes;
    }

    /** Every delivery of the statements the user may see, one row each. */
    public Spreadsheet deliveries(User user) {
        List<List<String>> rows = new ArrayList<>();
        for (Statement s : list(user)) {
            for (Delivery d : s.deliveries()) {
                rows.add(List.of(String.valueOf(s.hrcSession()), s.agendaItem(), s.debateKind().code(),
                        s.debate().orElse(""), s.title(), d.deliveredOn().toString(), d.speaker(), d.videoUrl().orElse(""),
                        d.startsAt().map(Delivery::clock).orElse(""), d.endsAt().map(Delivery::clock).orElse(""),
                        d.duration().map(String::valueOf).orElse(""), d.notes().orElse("")));
            }
        }
        return new Spreadsheet("deliveries", List.of("hrc_session", "agenda_item", "debate_kind", "debate", "statement",
                "delivered_on", "speaker", "video_url", "starts_at", "ends_at", "seconds_spoken", "notes"), rows);
    }

}
