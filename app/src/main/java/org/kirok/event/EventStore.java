package org.kirok.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of events. */
final class EventStore {

    record Row(UUID id, String title, byte[] descriptionEnc, LocalDate start, LocalDate end, String precision,
               String qualifier, UUID placeId, String placePath, UUID organisationId, String confidentiality,
               String externalId, int version, long actCount) {
    }

    private static final String SELECT = """
            SELECT e.id, e.title, e.description_enc, e.date_start, e.date_end, e.date_precision, e.date_qualifier,
                   e.place_id, place_path(e.place_id, :lang) AS place_path, e.organisation_id, e.confidentiality,
                   e.external_id, e.version, (SELECT count(*) FROM act a WHERE a.event_id = e.id) AS act_count
            FROM event e""";

    void insert(Handle handle, Row row, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO event (id, title, description_enc, date_start, date_end, date_precision, date_qualifier,
                                   place_id, organisation_id, confidentiality, external_id, created_by)
                VALUES (:id, :title, :description, :start, :end, :precision, :qualifier, :place, :org, :conf,
                        :external, :createdBy)""")
                .bind("id", row.id()).bind("title", row.title()).bind("description", row.descriptionEnc())
                .bind("start", row.start()).bind("end", row.end()).bind("precision", row.precision())
                .bind("qualifier", row.qualifier()).bind("place", row.placeId()).bind("org", row.organisationId())
                .bind("conf", row.confidentiality()).bind("external", row.externalId())
                .bind("createdBy", createdBy.orElse(null)).execute();
    }

    void update(Handle handle, Row row, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE event SET title = :title, description_enc = :description, date_start = :start, date_end = :end,
                       date_precision = :precision, date_qualifier = :qualifier, place_id = :place,
                       organisation_id = :org, confidentiality = :conf, external_id = :external,
                       version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected""")
                .bind("id", row.id()).bind("title", row.title()).bind("description", row.descriptionEnc())
                .bind("start", row.start()).bind("end", row.end()).bind("precision", row.precision())
                .bind("qualifier", row.qualifier()).bind("place", row.placeId()).bind("org", row.organisationId())
                .bind("conf", row.confidentiality()).bind("external", row.externalId()).bind("now", Instant.now())
                .bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("event", row.title(), expectedVersion);
        }
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql, String lang) {
        return handle.createQuery(SELECT + " WHERE e.id = :id AND " + visibleSql).bind("id", id).bind("lang", lang)
                .map(EventStore::map).findOne();
    }

    List<Row> list(Handle handle, String text, String visibleSql, String lang, int offset, int limit) {
        return handle.createQuery(SELECT + " WHERE " + visibleSql + (text.isEmpty() ? "" : " AND e.title ILIKE :text")
                        + " ORDER BY e.date_start DESC NULLS LAST, e.title LIMIT :limit OFFSET :offset")
                .bind("lang", lang).bind("text", "%" + text + "%").bind("limit", limit).bind("offset", offset)
                .map(EventStore::map).list();
    }

    long count(Handle handle, String text, String visibleSql) {
        return handle.createQuery("SELECT count(*) FROM event e WHERE " + visibleSql
                        + (text.isEmpty() ? "" : " AND e.title ILIKE :text"))
                .bind("text", "%" + text + "%").mapTo(Long.class).one();
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getBytes("description_enc"),
                rs.getObject("date_start", LocalDate.class), rs.getObject("date_end", LocalDate.class),
                rs.getString("date_precision"), rs.getString("date_qualifier"), rs.getObject("place_id", UUID.class),
                rs.getString("place_path"), rs.getObject("organisation_id", UUID.class), rs.getString("confidentiality"),
                rs.getString("external_id"), rs.getInt("version"), rs.getLong("act_count"));
    }
}
