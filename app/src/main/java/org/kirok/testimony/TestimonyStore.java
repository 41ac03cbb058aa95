package org.kirok.testimony;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.SqlFragments;
import org.kirok.store.StaleEditException;

/** The SQL of testimonies: a {@code source} row of kind testimony plus its {@code testimony} row. */
final class TestimonyStore {

    record Row(UUID id, String reference, String title, UUID intervieweeId, UUID interviewerUserId,
               String interviewerName, LocalDate interviewDate, UUID placeId, String placeName, String language,
               UUID consentScopeId, String consentScopeCode, Integer durationMinutes, byte[] transcriptEnc,
               byte[] summaryEnc, byte[] notesEnc, UUID organisationId, String confidentiality, String externalId,
               int version, long actCount) {
    }

    private static final String SELECT = """
            SELECT s.id, s.reference_code, s.title, t.interviewee_id, t.interviewer_user_id, u.display_name AS interviewer,
                   t.interview_date, t.interview_place_id, pl.name_en AS place_name, s.language, t.consent_scope_id,
                   v.code AS consent_code, t.duration_minutes, t.transcript_enc, t.summary_enc, s.notes_enc,
                   s.organisation_id, s.confidentiality, s.external_id, s.version,
                   (SELECT count(*) FROM information i WHERE i.source_id = s.id) AS act_count
            FROM source s JOIN testimony t ON t.source_id = s.id
            LEFT JOIN app_user u ON u.id = t.interviewer_user_id
            LEFT JOIN place pl ON pl.id = t.interview_place_id
            LEFT JOIN vocab_term v ON v.id = t.consent_scope_id""";

    String nextReference(Handle handle, int year) {
        long number = handle.createQuery("SELECT nextval('source_reference_seq')").mapTo(Long.class).one();
        return String.format("T-%d-%04d", year, number);
    }

    void insert(Handle handle, Row row, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO source (id, kind, reference_code, title, source_date, language, organisation_id,
                                    confidentiality, notes_enc, external_id, created_by)
                VALUES (:id, 'testimony', :reference, :title, :interviewDate, :language, :organisationId,
                        :confidentiality, :notesEnc, :externalId, :createdBy)""")
                .bindMap(binds(row)).bind("createdBy", createdBy.orElse(null)).execute();
        handle.createUpdate("""
                INSERT INTO testimony (source_id, interviewee_id, interviewer_user_id, interview_date,
                                       interview_place_id, consent_scope_id, duration_minutes, transcript_enc, summary_enc)
                VALUES (:id, :intervieweeId, :interviewerUserId, :interviewDate, :placeId, :consentScopeId,
                        :durationMinutes, :transcriptEnc, :summaryEnc)""")
                .bindMap(binds(row)).execute();
    }

    void update(Handle handle, Row row, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE source SET title = :title, source_date = :interviewDate, language = :language,
                       organisation_id = :organisationId, confidentiality = :confidentiality, notes_enc = :notesEnc,
                       external_id = :externalId, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected AND kind = 'testimony'""")
                .bindMap(binds(row)).bind("now", Instant.now()).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("testimony", row.reference(), expectedVersion);
        }
        handle.createUpdate("""
                UPDATE testimony SET interviewee_id = :intervieweeId, interviewer_user_id = :interviewerUserId,
                       interview_date = :interviewDate, interview_place_id = :placeId, consent_scope_id = :consentScopeId,
                       duration_minutes = :durationMinutes, transcript_enc = :transcriptEnc, summary_enc = :summaryEnc
                WHERE source_id = :id""")
                .bindMap(binds(row)).execute();
    }

    private static java.util.Map<String, Object> binds(Row row) {
        java.util.Map<String, Object> binds = new java.util.HashMap<>();
        binds.put("id", row.id());
        binds.put("reference", row.reference());
        binds.put("title", row.title());
        binds.put("intervieweeId", row.intervieweeId());
        binds.put("interviewerUserId", row.interviewerUserId());
        binds.put("interviewDate", row.interviewDate());
        binds.put("placeId", row.placeId());
        binds.put("language", row.language());
        binds.put("consentScopeId", row.consentScopeId());
        binds.put("durationMinutes", row.durationMinutes());
        binds.put("transcriptEnc", row.transcriptEnc());
        binds.put("summaryEnc", row.summaryEnc());
        binds.put("notesEnc", row.notesEnc());
        binds.put("organisationId", row.organisationId());
        binds.put("confidentiality", row.confidentiality());
        binds.put("externalId", row.externalId());
        return binds;
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE s.id = :id AND " + visibleSql)
                .bind("id", id).map(TestimonyStore::map).findOne();
    }

    Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return handle.createQuery("SELECT id FROM source WHERE external_id = :external")
                .bind("external", externalId).mapTo(UUID.class).findOne();
    }

    List<Row> list(Handle handle, TestimonyFilter filter, String visibleSql, int offset, int limit) {
        var query = handle.createQuery(SELECT + " WHERE " + where(filter, visibleSql)
                + " ORDER BY t.interview_date DESC, s.reference_code DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset);
        return bind(query, filter).map(TestimonyStore::map).list();
    }

    long count(Handle handle, TestimonyFilter filter, String visibleSql) {
        var query = handle.createQuery("SELECT count(*) FROM source s JOIN testimony t ON t.source_id = s.id WHERE "
                + where(filter, visibleSql));
        return bind(query, filter).mapTo(Long.class).one();
    }

    private static String where(TestimonyFilter filter, String visibleSql) {
        StringBuilder where = new StringBuilder(visibleSql);
        filter.text().ifPresent(t -> where.append(" AND (s.reference_code ILIKE :text OR s.title ILIKE :text)"));
        filter.intervieweeId().ifPresent(t -> where.append(" AND t.interviewee_id = :interviewee"));
        filter.from().ifPresent(t -> where.append(" AND t.interview_date >= :from"));
        filter.to().ifPresent(t -> where.append(" AND t.interview_date <= :to"));
        filter.placeId().ifPresent(t -> where.append(" AND t.interview_place_id IN ").append(SqlFragments.placeSubtree("place")));
        filter.language().ifPresent(t -> where.append(" AND s.language = :language"));
        filter.confidentiality().ifPresent(t -> where.append(" AND s.confidentiality = :conf"));
        return where.toString();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, TestimonyFilter filter) {
        filter.text().ifPresent(t -> statement.bind("text", "%" + t.replace("%", "\\%").replace("_", "\\_") + "%"));
        filter.intervieweeId().ifPresent(t -> statement.bind("interviewee", t));
        filter.from().ifPresent(t -> statement.bind("from", t));
        filter.to().ifPresent(t -> statement.bind("to", t));
        filter.placeId().ifPresent(t -> statement.bind("place", t));
        filter.language().ifPresent(t -> statement.bind("language", t.code()));
        filter.confidentiality().ifPresent(t -> statement.bind("conf", t.code()));
        return statement;
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference_code"), rs.getString("title"),
                rs.getObject("interviewee_id", UUID.class), rs.getObject("interviewer_user_id", UUID.class),
                rs.getString("interviewer"), rs.getObject("interview_date", LocalDate.class),
                rs.getObject("interview_place_id", UUID.class), rs.getString("place_name"), rs.getString("language"),
                rs.getObject("consent_scope_id", UUID.class), rs.getString("consent_code"),
                (Integer) rs.getObject("duration_minutes"), rs.getBytes("transcript_enc"), rs.getBytes("summary_enc"),
                rs.getBytes("notes_enc"), rs.getObject("organisation_id", UUID.class), rs.getString("confidentiality"),
                rs.getString("external_id"), rs.getInt("version"), rs.getLong("act_count"));
    }
}
