package org.kirok.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

/** The SQL of persons. Identity columns arrive and leave as ciphertext; this class never sees a name. */
final class PersonStore {

    record Row(UUID id, String sex, Integer birthYear, String birthPrecision, byte[] birthDateEnc, byte[] contactEnc,
               byte[] notesEnc, UUID originPlaceId, String originPlaceName, UUID organisationId,
               String confidentiality, boolean legalHold, boolean erased, String externalId, int version) {
    }

    record NameRow(int position, String script, String system, String order, byte[] textEnc) {
    }

    record KeyRow(byte[] hash, boolean canonical) {
    }

    private static final String SELECT = """
            SELECT p.id, p.sex, p.birth_year, p.birth_year_precision, p.birth_date_enc, p.contact_enc, p.notes_enc,
                   p.origin_place_id, pl.name_en AS origin_name, p.organisation_id, p.confidentiality, p.legal_hold,
                   p.erased_at IS NOT NULL AS erased, p.external_id, p.version
            FROM person p LEFT JOIN place pl ON pl.id = p.origin_place_id""";

    void insert(Handle handle, Row row, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO person (id, sex, birth_year, birth_year_precision, birth_date_enc, contact_enc, notes_enc,
                                    origin_place_id, organisation_id, confidentiality, external_id, created_by)
                VALUES (:id, :sex, :birthYear, :precision, :birthDate, :contact, :notes, :origin, :org,
                        :confidentiality, :externalId, :createdBy)""")
                .bind("id", row.id()).bind("sex", row.sex()).bind("birthYear", row.birthYear())
                .bind("confidentiality", row.confidentiality()).bind("externalId", row.externalId())
                .bind("precision", row.birthPrecision()).bind("birthDate", row.birthDateEnc())
                .bind("contact", row.contactEnc()).bind("notes", row.notesEnc()).bind("origin", row.originPlaceId())
                .bind("org", row.organisationId()).bind("createdBy", createdBy.orElse(null))
                .execute();
    }

    void update(Handle handle, Row row, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE person SET sex = :sex, birth_year = :birthYear, birth_year_precision = :precision,
                       birth_date_enc = :birthDate, contact_enc = :contact, notes_enc = :notes,
                       origin_place_id = :origin, organisation_id = :org, confidentiality = :confidentiality,
                       external_id = :externalId, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected""")
                .bind("id", row.id()).bind("sex", row.sex()).bind("birthYear", row.birthYear())
                .bind("confidentiality", row.confidentiality()).bind("externalId", row.externalId())
                .bind("precision", row.birthPrecision()).bind("birthDate", row.birthDateEnc())
                .bind("contact", row.contactEnc()).bind("notes", row.notesEnc()).bind("origin", row.originPlaceId())
                .bind("org", row.organisationId()).bind("now", Instant.now()).bind("expected", expectedVersion)
                .execute();
        if (updated != 1) {
            throw new StaleEditException("person", PersonView.codeOf(row.id()), expectedVersion);
        }
    }

    void replaceNames(Handle handle, UUID personId, List<NameRow> names) {
        handle.createUpdate("DELETE FROM person_name WHERE person_id = :id").bind("id", personId).execute();
        var batch = handle.prepareBatch("""
                INSERT INTO person_name (id, person_id, position, script, system, name_order, text_enc)
                VALUES (:id, :person, :position, :script, :system, :order, :text)""");
        for (NameRow name : names) {
            batch.bind("id", UUID.randomUUID()).bind("person", personId).bind("position", name.position())
                    .bind("script", name.script()).bind("system", name.system()).bind("order", name.order())
                    .bind("text", name.textEnc()).add();
        }
        batch.execute();
    }

    void replaceKeys(Handle handle, UUID personId, List<KeyRow> keys) {
        handle.createUpdate("DELETE FROM person_name_key WHERE person_id = :id").bind("id", personId).execute();
        var batch = handle.prepareBatch("""
                INSERT INTO person_name_key (person_id, key_hash, canonical) VALUES (:person, :hash, :canonical)
                ON CONFLICT (person_id, key_hash) DO UPDATE SET canonical = person_name_key.canonical OR EXCLUDED.canonical""");
        for (KeyRow key : keys) {
            batch.bind("person", personId).bind("hash", key.hash()).bind("canonical", key.canonical()).add();
        }
        batch.execute();
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE p.id = :id AND " + visibleSql)
                .bind("id", id).map(PersonStore::map).findOne();
    }

    Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return handle.createQuery("SELECT id FROM person WHERE external_id = :external")
                .bind("external", externalId).mapTo(UUID.class).findOne();
    }

    Map<UUID, List<NameRow>> names(Handle handle, Collection<UUID> personIds) {
        Map<UUID, List<NameRow>> names = new HashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        handle.createQuery("""
                SELECT person_id, position, script, system, name_order, text_enc FROM person_name
                WHERE person_id = ANY(:ids) ORDER BY person_id, position""")
                .bindArray("ids", UUID.class, personIds)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new NameRow(rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6))))
                .forEach(entry -> names.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return names;
    }

    List<Row> list(Handle handle, PersonFilter filter, String visibleSqlWithIds, int offset, int limit,
                   Collection<UUID> ids) {
        var query = handle.createQuery(SELECT + " WHERE " + where(filter, visibleSqlWithIds) + " LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).bindArray("ids", UUID.class, ids);
        return bind(query, filter).map(PersonStore::map).list();
    }

    List<Row> list(Handle handle, PersonFilter filter, String visibleSql, int offset, int limit) {
        String order = filter.nameKeyHashes().isEmpty() ? " ORDER BY p.created_at DESC, p.id"
                : " ORDER BY (SELECT count(*) + 10 * count(*) FILTER (WHERE k.canonical) FROM person_name_key k"
                  + " WHERE k.person_id = p.id AND k.key_hash = ANY(:hashes)) DESC, p.id";
        var query = handle.createQuery(SELECT + " WHERE " + where(filter, visibleSql) + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset);
        return bind(query, filter).map(PersonStore::map).list();
    }

    long count(Handle handle, PersonFilter filter, String visibleSql) {
        var query = handle.createQuery("SELECT count(*) FROM person p WHERE " + where(filter, visibleSql));
        return bind(query, filter).mapTo(Long.class).one();
    }

    private static String where(PersonFilter filter, String visibleSql) {
        StringBuilder where = new StringBuilder(visibleSql);
        if (!filter.nameKeyHashes().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM person_name_key k WHERE k.person_id = p.id AND k.key_hash = ANY(:hashes))");
        }
        filter.sex().ifPresent(s -> where.append(" AND p.sex = :sex"));
        filter.bornFrom().ifPresent(y -> where.append(" AND p.birth_year >= :bornFrom"));
        filter.bornTo().ifPresent(y -> where.append(" AND p.birth_year <= :bornTo"));
        filter.originPlace().ifPresent(p -> where.append(" AND p.origin_place_id IN ").append(SqlFragments.placeSubtree("origin")));
        filter.confidentiality().ifPresent(c -> where.append(" AND p.confidentiality = :conf"));
        return where.toString();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, PersonFilter filter) {
        if (!filter.nameKeyHashes().isEmpty()) {
            statement.bindArray("hashes", byte[].class, filter.nameKeyHashes());
        }
        filter.sex().ifPresent(s -> statement.bind("sex", s.code()));
        filter.bornFrom().ifPresent(y -> statement.bind("bornFrom", y));
        filter.bornTo().ifPresent(y -> statement.bind("bornTo", y));
        filter.originPlace().ifPresent(p -> statement.bind("origin", p));
        filter.confidentiality().ifPresent(c -> statement.bind("conf", c.code()));
        return statement;
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("sex"), (Integer) rs.getObject("birth_year"),
                rs.getString("birth_year_precision"), rs.getBytes("birth_date_enc"), rs.getBytes("contact_enc"),
                rs.getBytes("notes_enc"), rs.getObject("origin_place_id", UUID.class), rs.getString("origin_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("confidentiality"),
                rs.getBoolean("legal_hold"), rs.getBoolean("erased"), rs.getString("external_id"), rs.getInt("version"));
    }
}
