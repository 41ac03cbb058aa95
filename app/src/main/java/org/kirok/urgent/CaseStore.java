package org.kirok.urgent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.event.DatePrecision;
import org.kirok.event.DateQualifier;
import org.kirok.event.FuzzyDate;
import org.kirok.store.StaleEditException;

/** The SQL of urgent cases, their persons and their custody events. */
final class CaseStore {

    /** A case as stored; the notes still encrypted. */
    record Row(UUID id, String code, String title, byte[] notesEnc, CaseStatus status, RiskLevel risk,
               Optional<UUID> organisationId, String confidentiality, int version, Instant createdAt) {
    }

    /** An event as stored, with its place, holder and source joined. */
    record EventRow(CustodyEvent event, byte[] sourceNoteEnc, byte[] notesEnc) {
    }

    private static final String SELECT = """
            SELECT c.id, c.code, c.title, c.notes_enc, c.status, c.risk, c.organisation_id, c.confidentiality,
                   c.version, c.created_at
            FROM urgent_case c""";

    String nextCode(Handle handle, int year) {
        long number = handle.createQuery("SELECT nextval('urgent_case_seq')").mapTo(Long.class).one();
        return String.format("UC-%d-%04d", year, number);
    }

    void insert(Handle handle, UUID id, String code, CaseDraft draft, byte[] notesEnc, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO urgent_case (id, code, title, notes_enc, status, organisation_id, confidentiality, created_by)
                VALUES (:id, :code, :title, :notes, :status, :org, :conf, :by)""")
                .bind("id", id).bind("code", code).bind("title", draft.title()).bind("notes", notesEnc)
                .bind("status", draft.status().code()).bind("org", draft.organisationId().orElse(null))
                .bind("conf", draft.confidentiality().code()).bind("by", createdBy.orElse(null)).execute();
    }

    void update(Handle handle, UUID id, int expectedVersion, CaseDraft draft, byte[] notesEnc) {
        int updated = handle.createUpdate("""
                UPDATE urgent_case SET title = :title, notes_enc = :notes, status = :status, organisation_id = :org,
                       confidentiality = :conf, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("title", draft.title()).bind("notes", notesEnc).bind("status", draft.status().code())
                .bind("org", draft.organisationId().orElse(null)).bind("conf", draft.confidentiality().code())
                .bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("urgent case", id, expectedVersion);
        }
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE c.id = :id AND " + visibleSql).bind("id", id)
                .map((rs, ctx) -> row(rs)).findOne();
    }

    List<Row> list(Handle handle, String visibleSql, Optional<CaseStatus> status, int offset, int limit) {
        return handle.createQuery(SELECT + " WHERE " + visibleSql + (status.isPresent() ? " AND c.status = :status" : "") + " "
                        + """
                         ORDER BY CASE c.risk WHEN 'imminent' THEN 0 WHEN 'elevated' THEN 1 WHEN 'repatriated' THEN 2
                                  WHEN 'low' THEN 3 ELSE 4 END, c.created_at DESC LIMIT :limit OFFSET :offset""")
                .bind("status", status.map(CaseStatus::code).orElse(null)).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> row(rs)).list();
    }

    long count(Handle handle, String visibleSql, Optional<CaseStatus> status) {
        return handle.createQuery("SELECT count(*) FROM urgent_case c WHERE " + visibleSql
                        + (status.isPresent() ? " AND c.status = :status" : ""))
                .bind("status", status.map(CaseStatus::code).orElse(null)).mapTo(Long.class).one();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
                rs.getBytes("notes_enc"), CaseStatus.parse(rs.getString("status")), RiskLevel.parse(rs.getString("risk")),
                Optional.ofNullable(rs.getObject("organisation_id", UUID.class)), rs.getString("confidentiality"),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
    }

    void setCaseRisk(Handle handle, UUID id, RiskLevel risk) {
        handle.createUpdate("UPDATE urgent_case SET risk = :risk, updated_at = now() WHERE id = :id")
                .bind("id", id).bind("risk", risk.code()).execute();
    }

    // persons

    /** The persons of a case with their stored risk, in the order they were added. */
    Map<UUID, RiskLevel> persons(Handle handle, UUID caseId) {
        Map<UUID, RiskLevel> persons = new LinkedHashMap<>();
        handle.createQuery("SELECT person_id, risk FROM urgent_case_person WHERE case_id = :id ORDER BY added_at, person_id")
                .bind("id", caseId).map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), RiskLevel.parse(rs.getString(2))))
                .forEach(e -> persons.put(e.getKey(), e.getValue()));
        return persons;
    }

    boolean addPerson(Handle handle, UUID caseId, UUID personId) {
        return handle.createUpdate("""
                INSERT INTO urgent_case_person (case_id, person_id) VALUES (:c, :p) ON CONFLICT DO NOTHING""")
                .bind("c", caseId).bind("p", personId).execute() == 1;
    }

    boolean removePerson(Handle handle, UUID caseId, UUID personId) {
        handle.createUpdate("""
                DELETE FROM custody_event_person WHERE person_id = :p
                  AND event_id IN (SELECT id FROM custody_event WHERE case_id = :c)""")
                .bind("c", caseId).bind("p", personId).execute();
        return handle.createUpdate("DELETE FROM urgent_case_person WHERE case_id = :c AND person_id = :p")
                .bind("c", caseId).bind("p", personId).execute() == 1;
    }

    void setPersonRisk(Handle handle, UUID caseId, UUID personId, RiskLevel risk) {
        handle.createUpdate("UPDATE urgent_case_person SET risk = :risk WHERE case_id = :c AND person_id = :p")
                .bind("c", caseId).bind("p", personId).bind("risk", risk.code()).execute();
    }

    /** The cases a person belongs to that the reader may see, the newest first (for the person's page). */
    List<Row> ofPerson(Handle handle, String visibleSql, UUID personId) {
        return handle.createQuery(SELECT + " WHERE c.id IN (SELECT case_id FROM urgent_case_person WHERE person_id = :p)"
                        + " AND " + visibleSql + " ORDER BY c.created_at DESC")
                .bind("p", personId).map((rs, ctx) -> row(rs)).list();
    }

    // events

    void insertEvent(Handle handle, UUID id, UUID caseId, CustodyEventDraft draft, byte[] sourceNoteEnc,
                     byte[] notesEnc, Optional<UUID> createdBy) {
        FuzzyDate date = draft.date();
        handle.createUpdate("""
                INSERT INTO custody_event (id, case_id, type, date_start, date_end, date_precision, date_qualifier,
                       place_id, holder_id, source_id, source_note_enc, reliability_id, notes_enc, created_by)
                VALUES (:id, :case, :type, :start, :end, :precision, :qualifier, :place, :holder, :source, :sourceNote,
                        :reliability, :notes, :by)""")
                .bind("id", id).bind("case", caseId).bind("type", draft.type().code())
                .bind("start", date.start().orElse(null)).bind("end", date.end().orElse(null))
                .bind("precision", date.precision().code()).bind("qualifier", date.qualifier().code())
                .bind("place", draft.placeId().orElse(null)).bind("holder", draft.holderId().orElse(null))
                .bind("source", draft.sourceId().orElse(null)).bind("sourceNote", sourceNoteEnc)
                .bind("reliability", draft.reliabilityId().orElse(null)).bind("notes", notesEnc)
                .bind("by", createdBy.orElse(null)).execute();
        for (UUID person : draft.personIds()) {
            handle.createUpdate("INSERT INTO custody_event_person (event_id, person_id) VALUES (:e, :p)")
                    .bind("e", id).bind("p", person).execute();
        }
    }

    boolean deleteEvent(Handle handle, UUID caseId, UUID eventId) {
        return handle.createUpdate("DELETE FROM custody_event WHERE id = :e AND case_id = :c")
                .bind("e", eventId).bind("c", caseId).execute() == 1;
    }

    /**
     * The events of a case in route order: by the earliest possible day (an undated event by the day it was
     * recorded), then by entry.
     */
    List<EventRow> events(Handle handle, UUID caseId) {
        return handle.createQuery("""
                SELECT e.id, e.type, e.date_start, e.date_end, e.date_precision, e.date_qualifier, e.place_id,
                       p.name_en AS place_name, p.name_ko AS place_name_ko, p.country_code AS place_country,
                       p.level AS place_level, place_located(e.place_id) AS located,
                       e.holder_id, o.name_en AS holder_name,
                       coalesce(o.country_code, po.country_code) AS holder_country,
                       e.source_id, s.reference_code || ' ' || s.title AS source_title, e.source_note_enc,
                       e.reliability_id, e.notes_enc, e.created_at,
                       ARRAY(SELECT person_id FROM custody_event_person ep WHERE ep.event_id = e.id) AS persons
                FROM custody_event e
                LEFT JOIN place p ON p.id = e.place_id
                LEFT JOIN organisation o ON o.id = e.holder_id
                LEFT JOIN organisation po ON po.id = o.parent_id
                LEFT JOIN source s ON s.id = e.source_id
                WHERE e.case_id = :case
                ORDER BY coalesce(e.date_start, e.date_end, e.created_at::date), e.created_at, e.id""")
                .bind("case", caseId)
                .map((rs, ctx) -> eventRow(rs)).list();
    }

    private static EventRow eventRow(ResultSet rs) throws SQLException {
        LocalDate start = rs.getObject("date_start", LocalDate.class);
        LocalDate end = rs.getObject("date_end", LocalDate.class);
        FuzzyDate date = new FuzzyDate(Optional.ofNullable(start), Optional.ofNullable(end),
                DatePrecision.parse(rs.getString("date_precision")), DateQualifier.parse(rs.getString("date_qualifier")));
        Optional<CustodyEvent.EventPlace> place = Optional.empty();
        UUID placeId = rs.getObject("place_id", UUID.class);
        if (placeId != null) {
            Double[] located = doubles(rs.getArray("located"));
            place = Optional.of(new CustodyEvent.EventPlace(placeId, rs.getString("place_name"),
                    Optional.ofNullable(rs.getString("place_name_ko")).orElse(""), rs.getString("place_country"),
                    Optional.ofNullable(located == null ? null : located[0]),
                    Optional.ofNullable(located == null ? null : located[1]),
                    org.kirok.place.PlaceLevel.parse(rs.getString("place_level")).depth()));
        }
        UUID holderId = rs.getObject("holder_id", UUID.class);
        Optional<CustodyEvent.Holder> holder = holderId == null ? Optional.empty()
                : Optional.of(new CustodyEvent.Holder(holderId, rs.getString("holder_name"),
                        Optional.ofNullable(rs.getString("holder_country")).map(String::strip)));
        UUID[] persons = (UUID[]) rs.getArray("persons").getArray();
        CustodyEvent event = new CustodyEvent(rs.getObject("id", UUID.class), CustodyType.parse(rs.getString("type")),
                date, place, holder, Optional.ofNullable(rs.getObject("source_id", UUID.class)),
                Optional.ofNullable(rs.getString("source_title")), Optional.empty(),
                Optional.ofNullable(rs.getObject("reliability_id", UUID.class)), Optional.empty(), Arrays.asList(persons),
                rs.getTimestamp("created_at").toInstant());
        return new EventRow(event, rs.getBytes("source_note_enc"), rs.getBytes("notes_enc"));
    }

    private static Double[] doubles(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object value = array.getArray();
        return value instanceof Double[] boxed ? boxed : null;
    }

    /** Whether the source (testimony or document) exists and the user may see it. */
    boolean sourceVisible(Handle handle, UUID sourceId, String visibleSql) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM source s WHERE s.id = :id AND " + visibleSql + ")")
                .bind("id", sourceId).mapTo(Boolean.class).one();
    }

    /** How many names each person has (without reading them), for the communication's identity element. */
    Map<UUID, Integer> nameCounts(Handle handle, List<UUID> personIds) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        personIds.forEach(id -> counts.put(id, 0));
        if (personIds.isEmpty()) {
            return counts;
        }
        handle.createQuery("""
                SELECT p.id, (SELECT count(*) FROM person_name n WHERE n.person_id = p.id) FROM person p
                WHERE p.id = ANY(:ids) AND p.erased_at IS NULL""")
                .bindArray("ids", UUID.class, personIds)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
