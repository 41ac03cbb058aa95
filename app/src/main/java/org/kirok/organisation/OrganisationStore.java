package org.kirok.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of organisations. */
final class OrganisationStore {
    private static final String SELECT = """
            SELECT o.id, o.kind, o.name_en, o.name_ko, o.abbreviation, o.country_code, o.parent_id,
                   p.name_en AS parent_name, o.notes, o.external_id, o.version
            FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id""";

    void insert(Handle handle, UUID id, OrganisationDraft draft) {
        handle.createUpdate("""
                INSERT INTO organisation (id, kind, name_en, name_ko, abbreviation, country_code, parent_id, notes, external_id)
                VALUES (:id, :kind, :nameEn, :nameKo, :abbreviation, :country, :parent, :notes, :external)""")
                .bind("id", id).bindMap(values(draft)).execute();
    }

    void update(Handle handle, UUID id, int expectedVersion, OrganisationDraft draft) {
        int updated = handle.createUpdate("""
                UPDATE organisation SET kind = :kind, name_en = :nameEn, name_ko = :nameKo, abbreviation = :abbreviation,
                       country_code = :country, parent_id = :parent, notes = :notes, external_id = :external,
                       version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bindMap(values(draft)).bind("now", Instant.now()).bind("expected", expectedVersion)
                .execute();
        if (updated != 1) {
            throw new StaleEditException("organisation", id, expectedVersion);
        }
    }

    private static Map<String, Object> values(OrganisationDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", draft.kind().code());
        values.put("nameEn", draft.nameEn());
        values.put("nameKo", draft.nameKo().orElse(null));
        values.put("abbreviation", draft.abbreviation().orElse(null));
        values.put("country", draft.countryCode().orElse(null));
        values.put("parent", draft.parentId().orElse(null));
        values.put("notes", draft.notes().orElse(null));
        values.put("external", draft.externalId().orElse(null));
        return values;
    }

    Optional<Organisation> find(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE o.id = :id").bind("id", id).map(OrganisationStore::map).findOne();
    }

    Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return handle.createQuery("SELECT id FROM organisation WHERE external_id = :e").bind("e", externalId)
                .mapTo(UUID.class).findOne();
    }

    /** The organisation and everything under it, to refuse a parent that would make a cycle. */
    List<UUID> subtree(Handle handle, UUID id) {
        return handle.createQuery("""
                WITH RECURSIVE below AS (SELECT id FROM organisation WHERE id = :id
                  UNION ALL SELECT c.id FROM organisation c JOIN below b ON c.parent_id = b.id) SELECT id FROM below""")
                .bind("id", id).mapTo(UUID.class).list();
    }

    List<Organisation> children(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE o.parent_id = :id ORDER BY o.name_en").bind("id", id)
                .map(OrganisationStore::map).list();
    }

    List<Organisation> list(Handle handle, OrganisationFilter filter, int offset, int limit) {
        String order = filter.text().isPresent()
                ? " ORDER BY CASE WHEN lower(o.abbreviation) = lower(:text) THEN 0 WHEN o.name_en ILIKE :prefix"
                  + " OR o.name_ko ILIKE :prefix THEN 1 ELSE 2 END, o.name_en, o.id"
                : " ORDER BY o.name_en, o.id";
        var query = handle.createQuery(SELECT + " WHERE " + where(filter) + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset);
        return bind(query, filter, true).map(OrganisationStore::map).list();
    }

    long count(Handle handle, OrganisationFilter filter) {
        return bind(handle.createQuery("SELECT count(*) FROM organisation o WHERE " + where(filter)), filter, false)
                .mapTo(Long.class).one();
    }

    private static String where(OrganisationFilter filter) {
        StringBuilder where = new StringBuilder("TRUE");
        filter.text().ifPresent(t -> where.append(" AND (o.name_en ILIKE :like OR o.name_ko ILIKE :like"
                + " OR o.abbreviation ILIKE :like)"));
        filter.kind().ifPresent(k -> where.append(" AND o.kind = :kind"));
        filter.countryCode().ifPresent(c -> where.append(" AND o.country_code = :country"));
        return where.toString();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, OrganisationFilter filter, boolean ordered) {
        filter.text().ifPresent(t -> {
            String escaped = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            statement.bind("like", "%" + escaped + "%");
            if (ordered) {
                statement.bind("text", t).bind("prefix", escaped + "%");
            }
        });
        filter.kind().ifPresent(k -> statement.bind("kind", k.code()));
        filter.countryCode().ifPresent(c -> statement.bind("country", c));
        return statement;
    }

    private static Organisation map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.parse(rs.getString("kind")),
                rs.getString("name_en"), Optional.ofNullable(rs.getString("name_ko")),
                Optional.ofNullable(rs.getString("abbreviation")), Optional.ofNullable(rs.getString("country_code")),
                Optional.ofNullable(rs.getObject("parent_id", UUID.class)), Optional.ofNullable(rs.getString("parent_name")),
                Optional.ofNullable(rs.getString("notes")), Optional.ofNullable(rs.getString("external_id")),
                rs.getInt("version"));
    }
}
