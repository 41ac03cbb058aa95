package org.kirok.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.SqlFragments;
import org.kirok.store.StaleEditException;

/** The SQL of documents and media: a {@code source} row of kind document or media plus its {@code document} row. */
final class DocumentStore {

    /** The stored columns; {@code notesEnc} is ciphertext. */
    record Row(UUID id, String kind, String reference, String title, LocalDate sourceDate, String language,
               UUID authorOrgId, String authorNameEn, String authorNameKo, String publisher, String url,
               LocalDate publishedOn, byte[] notesEnc, UUID organisationId, String ownerNameEn, String ownerNameKo,
               String confidentiality, String externalId, int version, long actCount, long attachmentCount) {
    }

    private static final String SELECT = """
            SELECT s.id, s.kind, s.reference_code, s.title, s.source_date, s.language, d.author_org_id,
                   a.name_en AS author_en, a.name_ko AS author_ko, d.publisher, d.url, d.published_on, s.notes_enc,
                   s.organisation_id, o.name_en AS owner_en, o.name_ko AS owner_ko, s.confidentiality, s.external_id,
                   s.version,
                   (SELECT count(*) FROM information i WHERE i.source_id = s.id) AS act_count,
                   (SELECT count(*) FROM attachment f WHERE f.source_id = s.id) AS attachment_count
            FROM source s JOIN document d ON d.source_id = s.id
            LEFT JOIN organisation a ON a.id = d.author_org_id
            LEFT JOIN organisation o ON o.id = s.organisation_id""";

    /** The next reference from the sequence all sources share, so D-, M- and T- numbers never collide. */
    String nextReference(Handle handle, SourceKind kind, int year) {
        long number = handle.createQuery("SELECT nextval('source_reference_seq')").mapTo(Long.class).one();
        return String.format("%s-%d-%04d", kind.prefix(), year, number);
    }

    void insert(Handle handle, Row row, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO source (id, kind, reference_code, title, source_date, language, organisation_id,
                                    confidentiality, notes_enc, external_id, created_by)
                VALUES (:id, :kind, :reference, :title, :sourceDate, :language, :organisationId, :confidentiality,
                        :notesEnc, :externalId, :createdBy)""")
                .bindMap(binds(row)).bind("createdBy", createdBy.orElse(null)).execute();
        handle.createUpdate("""
                INSERT INTO document (source_id, author_org_id, publisher, url, published_on)
                VALUES (:id, :authorOrgId, :publisher, :url, :publishedOn)""")
                .bindMap(binds(row)).execute();
    }

    void update(Handle handle, Row row, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE source SET title = :title, source_date = :sourceDate, language = :language,
                       organisation_id = :organisationId, confidentiality = :confidentiality, notes_enc = :notesEnc,
                       external_id = :externalId, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected AND kind = :kind""")
                .bindMap(binds(row)).bind("now", Instant.now()).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException(row.kind(), row.reference(), expectedVersion);
        }
        handle.createUpdate("""
                UPDATE document SET author_org_id = :authorOrgId, publisher = :publisher, url = :url,
                       published_on = :publishedOn
                WHERE source_id = :id""")
                .bindMap(binds(row)).execute();
    }

    private static Map<String, Object> binds(Row row) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("id", row.id());
        binds.put("kind", row.kind());
        binds.put("reference", row.reference());
        binds.put("title", row.title());
        binds.put("sourceDate", row.sourceDate());
        binds.put("language", row.language());
        binds.put("authorOrgId", row.authorOrgId());
        binds.put("publisher", row.publisher());
        binds.put("url", row.url());
        binds.put("publishedOn", row.publishedOn());
        binds.put("notesEnc", row.notesEnc());
        binds.put("organisationId", row.organisationId());
        binds.put("confidentiality", row.confidentiality());
        binds.put("externalId", row.externalId());
        return binds;
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE s.id = :id AND s.kind IN ('document', 'media') AND " + visibleSql)
                .bind("id", id).map(DocumentStore::map).findOne();
    }

    /** Whether another source already carries this external id (they are unique across all kinds). */
    boolean externalIdTaken(Handle handle, String externalId, Optional<UUID> except) {
        return handle.createQuery("SELECT count(*) FROM source WHERE external_id = :external AND id <> :except")
                .bind("external", externalId)
                .bind("except", except.orElse(new UUID(0, 0)))
                .mapTo(Long.class).one() > 0;
    }

    boolean organisationExists(Handle handle, UUID id) {
        return handle.createQuery("SELECT count(*) FROM organisation WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one() > 0;
    }

    List<Row> list(Handle handle, DocumentFilter filter, String visibleSql, int offset, int limit) {
        var query = handle.createQuery(SELECT + " WHERE " + where(filter, visibleSql)
                + " ORDER BY COALESCE(s.source_date, d.published_on) DESC NULLS LAST, s.reference_code DESC"
                + " LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset);
        return bind(query, filter).map(DocumentStore::map).list();
    }

    long count(Handle handle, DocumentFilter filter, String visibleSql) {
        var query = handle.createQuery("SELECT count(*) FROM source s JOIN document d ON d.source_id = s.id WHERE "
                + where(filter, visibleSql));
        return bind(query, filter).mapTo(Long.class).one();
    }

    private static String where(DocumentFilter filter, String visibleSql) {
        StringBuilder where = new StringBuilder("s.kind IN ('document', 'media') AND ").append(visibleSql);
        filter.text().ifPresent(t -> where.append(" AND (s.reference_code ILIKE :text OR s.title ILIKE :text)"));
        filter.kind().ifPresent(t -> where.append(" AND s.kind = :kind"));
        filter.from().ifPresent(t -> where.append(" AND COALESCE(s.source_date, d.published_on) >= :from"));
        filter.to().ifPresent(t -> where.append(" AND COALESCE(s.source_date, d.published_on) <= :to"));
        filter.organisationId().ifPresent(t -> where.append(" AND (d.author_org_id IN ")
                .append(SqlFragments.organisationSubtree("organisation")).append(" OR s.organisation_id IN ")
                .append(SqlFragments.organisationSubtree("organisation")).append(")"));
        filter.language().ifPresent(t -> where.append(" AND s.language = :language"));
        filter.confidentiality().ifPresent(t -> where.append(" AND s.confidentiality = :conf"));
        return where.toString();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, DocumentFilter filter) {
        filter.text().ifPresent(t -> statement.bind("text", "%" + t.replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%"));
        filter.kind().ifPresent(t -> statement.bind("kind", t.code()));
        filter.from().ifPresent(t -> statement.bind("from", t));
        filter.to().ifPresent(t -> statement.bind("to", t));
        filter.organisationId().ifPresent(t -> statement.bind("organisation", t));
        filter.language().ifPresent(t -> statement.bind("language", t.code()));
        filter.confidentiality().ifPresent(t -> statement.bind("conf", t.code()));
        return statement;
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("reference_code"),
                rs.getString("title"), rs.getObject("source_date", LocalDate.class), rs.getString("language"),
                rs.getObject("author_org_id", UUID.class), rs.getString("author_en"), rs.getString("author_ko"),
                rs.getString("publisher"), rs.getString("url"), rs.getObject("published_on", LocalDate.class),
                rs.getBytes("notes_enc"), rs.getObject("organisation_id", UUID.class), rs.getString("owner_en"),
                rs.getString("owner_ko"), rs.getString("confidentiality"), rs.getString("external_id"),
                rs.getInt("version"), rs.getLong("act_count"), rs.getLong("attachment_count"));
    }
}
