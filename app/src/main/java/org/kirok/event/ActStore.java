package org.kirok.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of acts and their involvements, information links and consequences. */
final class ActStore {

    record Row(UUID id, String caseCode, UUID eventId, String eventTitle, UUID actTypeId, Term type, UUID victimId,
               LocalDate dateStart, LocalDate dateEnd, String datePrecision, String dateQualifier, UUID placeId,
               String placePath, UUID legalBasisId, String legalBasisLabel, byte[] notesEnc, UUID organisationId,
               String confidentiality, String externalId, int version) {
    }

    record InvolvementRow(UUID actId, UUID personId, UUID organisationId, String organisationLabel, Term degree) {
    }

    record InformationRow(UUID actId, UUID sourceId, String reference, String kind, Term reliability, Term connection) {
    }

    private static final String SELECT = """
            SELECT a.id, a.case_code, a.event_id, e.title AS event_title, a.act_type_id, t.code AS type_code,
                   t.label_en AS type_en, t.label_ko AS type_ko, a.victim_id, a.date_start, a.date_end,
                   a.date_precision, a.date_qualifier, a.place_id, place_path(a.place_id, :lang) AS place_path,
                   a.legal_basis_id,
                   CASE WHEN a.legal_basis_id IS NULL THEN NULL ELSE
                     (SELECT coalesce(l.short_name, l.title_en) || ' art. ' || ar.number || ' (' || lv.label || ')'
                      FROM law_article ar JOIN law_version lv ON lv.id = ar.law_version_id JOIN law l ON l.id = lv.law_id
                      WHERE ar.id = a.legal_basis_id) END AS legal_label,
                   a.notes_enc, a.organisation_id, a.confidentiality, a.external_id, a.version
            FROM act a JOIN vocab_term t ON t.id = a.act_type_id LEFT JOIN event e ON e.id = a.event_id""";

    void insert(Handle handle, Row row, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO act (id, case_code, event_id, act_type_id, victim_id, date_start, date_end, date_precision,
                                 date_qualifier, place_id, legal_basis_id, notes_enc, organisation_id, confidentiality,
                                 external_id, created_by)
                VALUES (:id, :caseCode, :eventId, :actTypeId, :victimId, :dateStart, :dateEnd, :precision, :qualifier,
                        :placeId, :legalBasisId, :notesEnc, :organisationId, :confidentiality, :externalId, :createdBy)""")
                .bindMap(binds(row)).bind("createdBy", createdBy.orElse(null)).execute();
    }

    void update(Handle handle, Row row, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE act SET event_id = :eventId, act_type_id = :actTypeId, victim_id = :victimId,
                       date_start = :dateStart, date_end = :dateEnd, date_precision = :precision,
                       date_qualifier = :qualifier, place_id = :placeId, legal_basis_id = :legalBasisId,
                       notes_enc = :notesEnc, organisation_id = :organisationId, confidentiality = :confidentiality,
                       external_id = :externalId, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected""")
                .bindMap(binds(row)).bind("now", Instant.now()).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("act", row.caseCode(), expectedVersion);
        }
    }

    private static Map<String, Object> binds(Row row) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("id", row.id());
        binds.put("caseCode", row.caseCode());
        binds.put("eventId", row.eventId());
        binds.put("actTypeId", row.actTypeId());
        binds.put("victimId", row.victimId());
        binds.put("dateStart", row.dateStart());
        binds.put("dateEnd", row.dateEnd());
        binds.put("precision", row.datePrecision());
        binds.put("qualifier", row.dateQualifier());
        binds.put("placeId", row.placeId());
        binds.put("legalBasisId", row.legalBasisId());
        binds.put("notesEnc", row.notesEnc());
        binds.put("organisationId", row.organisationId());
        binds.put("confidentiality", row.confidentiality());
        binds.put("externalId", row.externalId());
        return binds;
    }

    boolean caseCodeTaken(Handle handle, String code) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM act WHERE case_code = :code)")
                .bind("code", code).mapTo(Boolean.class).one();
    }

    void replaceChildren(Handle handle, UUID actId, List<Object[]> involvements, List<Object[]> information,
                         List<UUID> consequences) {
        handle.createUpdate("DELETE FROM involvement WHERE act_id = :id").bind("id", actId).execute();
        handle.createUpdate("DELETE FROM information WHERE act_id = :id").bind("id", actId).execute();
        handle.createUpdate("DELETE FROM act_consequence WHERE act_id = :id").bind("id", actId).execute();
        for (Object[] involvement : involvements) {
            handle.createUpdate("""
                    INSERT INTO involvement (id, act_id, perpetrator_person_id, perpetrator_org_id, degree_id, notes)
                    VALUES (:id, :act, :person, :org, :degree, :notes)""")
                    .bind("id", UUID.randomUUID()).bind("act", actId).bind("person", (UUID) involvement[0])
                    .bind("org", (UUID) involvement[1]).bind("degree", (UUID) involvement[2])
                    .bind("notes", (String) involvement[3]).execute();
        }
        for (Object[] info : information) {
            handle.createUpdate("""
                    INSERT INTO information (id, act_id, source_id, reliability_id, connection_id, notes)
                    VALUES (:id, :act, :source, :reliability, :connection, :notes)""")
                    .bind("id", UUID.randomUUID()).bind("act", actId).bind("source", (UUID) info[0])
                    .bind("reliability", (UUID) info[1]).bind("connection", (UUID) info[2])
                    .bind("notes", (String) info[3]).execute();
        }
        for (UUID term : consequences) {
            handle.createUpdate("INSERT INTO act_consequence (act_id, term_id) VALUES (:act, :term)")
                    .bind("act", actId).bind("term", term).execute();
        }
    }

    void delete(Handle handle, UUID id) {
        handle.createUpdate("DELETE FROM act WHERE id = :id").bind("id", id).execute();
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql, String lang) {
        return handle.createQuery(SELECT + " WHERE a.id = :id AND " + visibleSql)
                .bind("id", id).bind("lang", lang).map(ActStore::map).findOne();
    }

    Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return handle.createQuery("SELECT id FROM act WHERE external_id = :e").bind("e", externalId)
                .mapTo(UUID.class).findOne();
    }

    List<Row> list(Handle handle, ActFilter filter, String visibleSql, String lang, int offset, int limit) {
        var query = handle.createQuery(SELECT + " WHERE " + ActWhere.sql(filter, visibleSql)
                + " ORDER BY a.date_start DESC NULLS LAST, a.case_code LIMIT :limit OFFSET :offset")
                .bind("lang", lang).bind("limit", limit).bind("offset", offset);
        return ActWhere.bind(query, filter).map(ActStore::map).list();
    }

    long count(Handle handle, ActFilter filter, String visibleSql) {
        var query = handle.createQuery("SELECT count(*) FROM act a JOIN vocab_term t ON t.id = a.act_type_id WHERE "
                + ActWhere.sql(filter, visibleSql));
        return ActWhere.bind(query, filter).mapTo(Long.class).one();
    }

    Map<UUID, List<InvolvementRow>> involvements(Handle handle, Collection<UUID> actIds, String lang) {
        Map<UUID, List<InvolvementRow>> out = new HashMap<>();
        handle.createQuery("""
                SELECT i.act_id, i.perpetrator_person_id, i.perpetrator_org_id,
                       CASE WHEN :lang = 'ko' THEN coalesce(o.name_ko, o.name_en) ELSE o.name_en END AS org_label,
                       d.code, d.label_en, d.label_ko
                FROM involvement i JOIN vocab_term d ON d.id = i.degree_id
                LEFT JOIN organisation o ON o.id = i.perpetrator_org_id
                WHERE i.act_id = ANY(:ids) ORDER BY i.act_id, d.sort_order""")
                .bind("lang", lang).bindArray("ids", UUID.class, actIds)
                .map((rs, ctx) -> new InvolvementRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), new Term(rs.getString(5), rs.getString(6), rs.getString(7))))
                .forEach(row -> out.computeIfAbsent(row.actId(), k -> new ArrayList<>()).add(row));
        return out;
    }

    Map<UUID, List<InformationRow>> information(Handle handle, Collection<UUID> actIds) {
        Map<UUID, List<InformationRow>> out = new HashMap<>();
        handle.createQuery("""
                SELECT i.act_id, i.source_id, s.reference_code, s.kind, r.code, r.label_en, r.label_ko,
                       c.code, c.label_en, c.label_ko
                FROM information i JOIN source s ON s.id = i.source_id JOIN vocab_term r ON r.id = i.reliability_id
                LEFT JOIN vocab_term c ON c.id = i.connection_id
                WHERE i.act_id = ANY(:ids) ORDER BY i.act_id, s.reference_code""")
                .bindArray("ids", UUID.class, actIds)
                .map((rs, ctx) -> new InformationRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), new Term(rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getString(8) == null ? null : new Term(rs.getString(8), rs.getString(9), rs.getString(10))))
                .forEach(row -> out.computeIfAbsent(row.actId(), k -> new ArrayList<>()).add(row));
        return out;
    }

    Map<UUID, List<Term>> consequences(Handle handle, Collection<UUID> actIds) {
        Map<UUID, List<Term>> out = new HashMap<>();
        handle.createQuery("""
                SELECT c.act_id, t.code, t.label_en, t.label_ko FROM act_consequence c JOIN vocab_term t ON t.id = c.term_id
                WHERE c.act_id = ANY(:ids) ORDER BY t.sort_order""")
                .bindArray("ids", UUID.class, actIds)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new Term(rs.getString(2), rs.getString(3), rs.getString(4))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("case_code"), rs.getObject("event_id", UUID.class),
                rs.getString("event_title"), rs.getObject("act_type_id", UUID.class),
                new Term(rs.getString("type_code"), rs.getString("type_en"), rs.getString("type_ko")),
                rs.getObject("victim_id", UUID.class), rs.getObject("date_start", LocalDate.class),
                rs.getObject("date_end", LocalDate.class), rs.getString("date_precision"), rs.getString("date_qualifier"),
                rs.getObject("place_id", UUID.class), rs.getString("place_path"), rs.getObject("legal_basis_id", UUID.class),
                rs.getString("legal_label"), rs.getBytes("notes_enc"), rs.getObject("organisation_id", UUID.class),
                rs.getString("confidentiality"), rs.getString("external_id"), rs.getInt("version"));
    }

}
