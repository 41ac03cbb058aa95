package org.kirok.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of attachments. Rows are only ever inserted: the database refuses updates (migration V6). */
final class AttachmentStore {

    /** A stored attachment; {@code fileNameEnc} is ciphertext, {@code sha256} the 32 raw bytes. */
    record Row(UUID id, UUID sourceId, byte[] fileNameEnc, String mediaType, long size, byte[] sha256,
               String storageKey, UUID derivedFrom, UUID createdBy, String createdByName, Instant createdAt) {
    }

    /** The source an attachment belongs to, as far as access decisions need it. */
    record SourceRow(UUID id, String kind, String reference) {
    }

    private static final String SELECT = """
            SELECT f.id, f.source_id, f.file_name_enc, f.media_type, f.size_bytes, f.sha256, f.storage_key,
                   f.derived_from, f.created_by, u.display_name AS created_by_name, f.created_at
            FROM attachment f LEFT JOIN app_user u ON u.id = f.created_by""";

    Optional<SourceRow> source(Handle handle, UUID sourceId, String visibleSql) {
        return handle.createQuery("SELECT s.id, s.kind, s.reference_code FROM source s WHERE s.id = :id AND " + visibleSql)
                .bind("id", sourceId)
                .map((rs, ctx) -> new SourceRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .findOne();
    }

    List<Row> list(Handle handle, UUID sourceId) {
        return handle.createQuery(SELECT + " WHERE f.source_id = :source ORDER BY f.created_at, f.id")
                .bind("source", sourceId).map(AttachmentStore::map).list();
    }

    /** An attachment whose source the user may see (the caller passes the visibility rule on alias {@code s}). */
    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " JOIN source s ON s.id = f.source_id WHERE f.id = :id AND " + visibleSql)
                .bind("id", id).map(AttachmentStore::map).findOne();
    }

    boolean belongsTo(Handle handle, UUID attachmentId, UUID sourceId) {
        return handle.createQuery("SELECT count(*) FROM attachment WHERE id = :id AND source_id = :source")
                .bind("id", attachmentId).bind("source", sourceId).mapTo(Long.class).one() > 0;
    }

    void insert(Handle handle, Row row) {
        handle.createUpdate("""
                INSERT INTO attachment (id, source_id, file_name_enc, media_type, size_bytes, sha256, storage_key,
                                        derived_from, created_by, created_at)
                VALUES (:id, :source, :name, :type, :size, :sha, :key, :derived, :createdBy, :at)""")
                .bind("id", row.id()).bind("source", row.sourceId()).bind("name", row.fileNameEnc())
                .bind("type", row.mediaType()).bind("size", row.size()).bind("sha", row.sha256())
                .bind("key", row.storageKey()).bind("derived", row.derivedFrom()).bind("createdBy", row.createdBy())
                .bind("at", row.createdAt())
                .execute();
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class),
                rs.getBytes("file_name_enc"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getBytes("sha256"), rs.getString("storage_key"), rs.getObject("derived_from", UUID.class),
                rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
