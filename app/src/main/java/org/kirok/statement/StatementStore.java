package org.kirok.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.Confidentiality;
import org.kirok.store.StaleEditException;

/** The SQL of statements, their signatories and their deliveries. */
final class StatementStore {
    private static final String SELECT = """
            SELECT s.id, s.title, s.hrc_session, s.agenda_item, s.debate_kind, s.debate, s.speaker, s.text_en, s.text_ko,
                   s.slot_seconds, s.words_per_minute, s.organisation_id, s.confidentiality, s.version, s.updated_at
            FROM hrc_statement s""";

    List<Statement> list(Handle handle, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE " + visibleSql + " ORDER BY s.hrc_session DESC, s.updated_at DESC")
                .map((rs, ctx) -> map(handle, rs)).list();
    }

    Optional<Statement> one(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE s.id = :id AND " + visibleSql).bind("id", id)
                .map((rs, ctx) -> map(handle, rs)).findOne();
    }

    void insert(Handle handle, UUID id, StatementDraft draft, Optional<UUID> organisation, Optional<UUID> user) {
        handle.createUpdate("""
                INSERT INTO hrc_statement (id, title, hrc_session, agenda_item, debate_kind, debate, speaker, text_en,
                       text_ko, slot_seconds, words_per_minute, organisation_id, confidentiality, created_by)
                VALUES (:id, :title, :session, :item, :kind, :debate, :speaker, :en, :ko, :slot, :wpm, :org, :conf, :user)""")
                .bind("id", id).bind("org", organisation.orElse(null)).bind("user", user.orElse(null))
                .bindMap(values(draft)).execute();
    }

    void update(Handle handle, UUID id, int expectedVersion, StatementDraft draft) {
        int updated = handle.createUpdate("""
                UPDATE hrc_statement SET title = :title, hrc_session = :session, agenda_item = :item, debate_kind = :kind,
                       debate = :debate, speaker = :speaker, text_en = :en, text_ko = :ko, slot_seconds = :slot,
                       words_per_minute = :wpm, confidentiality = :conf, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("expected", expectedVersion).bindMap(values(draft)).execute();
        if (updated != 1) {
            throw new StaleEditException("statement", id, expectedVersion);
        }
    }

    private static java.util.Map<String, Object> values(StatementDraft draft) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("title", draft.title());
        values.put("session", draft.hrcSession());
        values.put("item", draft.agendaItem());
        values.put("kind", draft.debateKind().code());
        values.put("debate", draft.debate().orElse(null));
        values.put("speaker", draft.speaker().orElse(null));
        values.put("en", draft.textEn());
        values.put("ko", draft.textKo());
        values.put("slot", draft.slotSeconds().orElse(null));
        values.put("wpm", draft.wordsPerMinute().orElse(null));
        values.put("conf", draft.confidentiality().code());
        return values;
    }

    void insertDelivery(Handle handle, UUID statement, Delivery delivery, Optional<UUID> user) {
        handle.createUpdate("""
                INSERT INTO hrc_statement_delivery (id, statement_id, delivered_on, speaker, video_url, starts_at, ends_at,
                       notes, recorded_by)
                VALUES (:id, :statement, :on, :speaker, :url, :starts, :ends, :notes, :user)""")
                .bind("id", delivery.id()).bind("statement", statement).bind("on", delivery.deliveredOn())
                .bind("speaker", delivery.speaker()).bind("url", delivery.videoUrl().orElse(null))
                .bind("starts", delivery.startsAt().orElse(null)).bind("ends", delivery.endsAt().orElse(null))
                .bind("notes", delivery.notes().orElse(null)).bind("user", user.orElse(null)).execute();
    }

    private static Statement map(Handle handle, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        int slot = rs.getInt("slot_seconds");
        Optional<Integer> slotSeconds = rs.wasNull() ? Optional.empty() : Optional.of(slot);
        int wpm = rs.getInt("words_per_minute");
        Optional<Integer> wordsPerMinute = rs.wasNull() ? Optional.empty() : Optional.of(wpm);
        return new Statement(id, rs.getString("title"), rs.getInt("hrc_session"), rs.getString("agenda_item"),
                DebateKind.parse(rs.getString("debate_kind")), Optional.ofNullable(rs.getString("debate")),
                Optional.ofNullable(rs.getString("speaker")), rs.getString("text_en"), rs.getString("text_ko"),
                slotSeconds, wordsPerMinute, signatories(handle, id), deliveries(handle, id),
                Optional.ofNullable(rs.getObject("organisation_id", UUID.class)),
                Confidentiality.parse(rs.getString("confidentiality")), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<Statement.Signatory> signatories(Handle handle, UUID id) {
        return handle.createQuery("""
                SELECT o.id, o.name_en, o.name_ko FROM hrc_statement_organisation x JOIN organisation o
                ON o.id = x.organisation_id WHERE x.statement_id = :id ORDER BY x.position""")
                .bind("id", id).map((rs, ctx) -> new Statement.Signatory(rs.getObject(1, UUID.class), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)))).list();
    }

    private static List<Delivery> deliveries(Handle handle, UUID id) {
        return handle.createQuery("""
                SELECT id, delivered_on, speaker, video_url, starts_at, ends_at, notes FROM hrc_statement_delivery
                WHERE statement_id = :id ORDER BY delivered_on, recorded_at""")
                .bind("id", id).map((rs, ctx) -> new Delivery(rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3), Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable((Integer) rs.getObject(5)), Optional.ofNullable((Integer) rs.getObject(6)),
                        Optional.ofNullable(rs.getString(7)))).list();
    }
}
