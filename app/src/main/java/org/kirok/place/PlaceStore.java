package org.kirok.place;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of places and facilities. Name keys are computed by the service; this class stores and matches them. */
final class PlaceStore {
    record Row(UUID id, PlaceLevel level, String nameEn, Optional<String> nameKo, List<String> variants,
               Optional<UUID> parentId, String countryCode, Optional<Double> latitude, Optional<Double> longitude,
               Optional<String> coordNote, Optional<String> externalId, int version, Optional<Facility> facility) {
    }

    private static final String SELECT = """
            SELECT p.id, p.level, p.name_en, p.name_ko, p.name_variants, p.parent_id, p.country_code, p.latitude,
                   p.longitude, p.coord_note, p.external_id, p.version, f.facility_type_id, f.number, f.operator_id,
                   o.name_en AS operator_name, f.status, f.notes AS facility_notes
            FROM place p LEFT JOIN facility f ON f.place_id = p.id LEFT JOIN organisation o ON o.id = f.operator_id""";
    static final String DEPTH = """
            CASE p.level WHEN 'country' THEN 0 WHEN 'province' THEN 1 WHEN 'county' THEN 2 WHEN 'city' THEN 2
                         WHEN 'district' THEN 3 WHEN 'locality' THEN 4 ELSE 5 END""";
    private static final String SUBTREE = """
            (WITH RECURSIVE below AS (SELECT id FROM place WHERE id = :under
               UNION ALL SELECT c.id FROM place c JOIN below b ON c.parent_id = b.id) SELECT id FROM below)""";

    void insert(Handle handle, UUID id, PlaceDraft draft, Set<String> keys) {
        handle.createUpdate("""
                INSERT INTO place (id, level, name_en, name_ko, name_variants, name_keys, parent_id, country_code,
                                   latitude, longitude, coord_note, external_id)
                VALUES (:id, :level, :nameEn, :nameKo, :variants, :keys, :parent, :country, :lat, :lon, :note, :external)""")
                .bind("id", id).bindMap(values(draft, keys)).execute();
    }

    void update(Handle handle, UUID id, int expectedVersion, PlaceDraft draft, Set<String> keys) {
        int updated = handle.createUpdate("""
                UPDATE place SET level = :level, name_en = :nameEn, name_ko = :nameKo, name_variants = :variants,
                       name_keys = :keys, parent_id = :parent, country_code = :country, latitude = :lat,
                       longitude = :lon, coord_note = :note, external_id = :external, version = version + 1,
                       updated_at = :now
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bindMap(values(draft, keys)).bind("now", Instant.now())
                .bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("place", id, expectedVersion);
        }
    }

    private static Map<String, Object> values(PlaceDraft draft, Set<String> keys) {
        Map<String, Object> values = new HashMap<>();
        values.put("level", draft.level().code());
        values.put("nameEn", draft.nameEn());
        values.put("nameKo", draft.nameKo().orElse(null));
        values.put("variants", draft.variants().toArray(String[]::new));
        values.put("keys", keys.toArray(String[]::new));
        values.put("parent", draft.parentId().orElse(null));
        values.put("country", draft.countryCode());
        values.put("lat", draft.latitude().orElse(null));
        values.put("lon", draft.longitude().orElse(null));
        values.put("note", draft.coordNote().orElse(null));
        values.put("external", draft.externalId().orElse(null));
        return values;
    }

    void saveFacility(Handle handle, UUID placeId, FacilityDraft facility) {
        handle.createUpdate("""
                INSERT INTO facility (place_id, facility_type_id, number, operator_id, status, notes)
                VALUES (:id, :type, :number, :operator, :status, :notes)
                ON CONFLICT (place_id) DO UPDATE SET facility_type_id = EXCLUDED.facility_type_id,
                    number = EXCLUDED.number, operator_id = EXCLUDED.operator_id, status = EXCLUDED.status,
                    notes = EXCLUDED.notes""")
                .bind("id", placeId).bind("type", facility.typeId()).bind("number", facility.number().orElse(null))
                .bind("operator", facility.operatorId().orElse(null)).bind("status", facility.status().orElse(null))
                .bind("notes", facility.notes().orElse(null)).execute();
    }

    void deleteFacility(Handle handle, UUID placeId) {
        handle.createUpdate("DELETE FROM facility WHERE place_id = :id").bind("id", placeId).execute();
    }

    Optional<Row> find(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE p.id = :id").bind("id", id).map(PlaceStore::row).findOne();
    }

    Optional<Row> findByExternalId(Handle handle, String externalId) {
        return handle.createQuery(SELECT + " WHERE p.external_id = :external").bind("external", externalId)
                .map(PlaceStore::row).findOne();
    }

    boolean organisationExists(Handle handle, UUID id) {
        return handle.createQuery("SELECT count(*) FROM organisation WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one() > 0;
    }

    List<Row> list(Handle handle, PlaceFilter filter, Optional<String> key, int offset, int limit) {
        String order = key.isPresent()
                ? " ORDER BY CASE WHEN p.name_keys && ARRAY[CAST(:key AS text)] THEN 0 WHEN EXISTS (SELECT 1 FROM unnest(p.name_keys) k"
                  + " WHERE k LIKE :prefix) THEN 1 ELSE 2 END, " + DEPTH + ", p.name_en, p.id"
                : " ORDER BY p.country_code, " + DEPTH + ", p.name_en, p.id";
        var query = handle.createQuery(SELECT + " WHERE " + where(filter, key) + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset);
        return bind(query, filter, key).map(PlaceStore::row).list();
    }

    long count(Handle handle, PlaceFilter filter, Optional<String> key) {
        var query = handle.createQuery("SELECT count(*) FROM place p WHERE " + where(filter, key));
        return bind(query, filter, key).mapTo(Long.class).one();
    }

    private static String where(PlaceFilter filter, Optional<String> key) {
        StringBuilder where = new StringBuilder("TRUE");
        filter.text().ifPresent(text -> {
            where.append(" AND (p.name_en ILIKE :like OR p.name_ko ILIKE :like"
                    + " OR array_to_string(p.name_variants, ' ') ILIKE :like");
            key.ifPresent(k -> where.append(" OR p.name_keys && ARRAY[CAST(:key AS text)]"
                    + " OR EXISTS (SELECT 1 FROM unnest(p.name_keys) k WHERE k LIKE :prefix)"));
            where.append(")");
        });
        filter.level().ifPresent(l -> where.append(" AND p.level = :level"));
        filter.countryCode().ifPresent(c -> where.append(" AND p.country_code = :country"));
        filter.under().ifPresent(u -> where.append(" AND p.id <> :under AND p.id IN ").append(SUBTREE));
        return where.toString();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, PlaceFilter filter, Optional<String> key) {
        filter.text().ifPresent(text -> statement.bind("like", "%" + likeEscape(text) + "%"));
        if (filter.text().isPresent()) {
            key.ifPresent(k -> statement.bind("key", k).bind("prefix", likeEscape(k) + "%"));
        }
        filter.level().ifPresent(l -> statement.bind("level", l.code()));
        filter.countryCode().ifPresent(c -> statement.bind("country", c));
        filter.under().ifPresent(u -> statement.bind("under", u));
        return statement;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every place whose names share the key, optionally within one country. */
    List<UUID> withKey(Handle handle, String key, Optional<String> countryCode) {
        var query = handle.createQuery("SELECT id FROM place WHERE name_keys @> ARRAY[CAST(:key AS text)]"
                + (countryCode.isPresent() ? " AND country_code = :country" : "") + " ORDER BY id").bind("key", key);
        countryCode.ifPresent(c -> query.bind("country", c));
        return query.mapTo(UUID.class).list();
    }

    /** For each place: its ancestors nearest first, each with its name keys. */
    Map<UUID, List<Map.Entry<PlaceRef, List<String>>>> ancestors(Handle handle, Collection<UUID> ids) {
        Map<UUID, List<Map.Entry<PlaceRef, List<String>>>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, new ArrayList<>()));
        if (ids.isEmpty()) {
            return result;
        }
        handle.createQuery("""
                WITH RECURSIVE up(start, id, parent_id, depth) AS (
                    SELECT id, id, parent_id, 0 FROM place WHERE id = ANY(:ids)
                    UNION ALL SELECT up.start, p.id, p.parent_id, up.depth + 1 FROM up JOIN place p ON p.id = up.parent_id
                    WHERE up.depth < 20)
                SELECT up.start, p.id, p.level, p.name_en, p.name_ko, p.country_code, p.name_keys
                FROM up JOIN place p ON p.id = up.id WHERE up.depth > 0 ORDER BY up.start, up.depth""")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getObject("start", UUID.class), Map.entry(ref(rs), strings(rs.getArray("name_keys")))))
                .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        return result;
    }

    List<PlaceRef> children(Handle handle, UUID id) {
        return handle.createQuery("SELECT p.id, p.level, p.name_en, p.name_ko, p.country_code FROM place p"
                        + " WHERE p.parent_id = :id ORDER BY " + DEPTH + ", p.name_en")
                .bind("id", id).map((rs, ctx) -> ref(rs)).list();
    }

    List<Row> facilitiesWithin(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE p.level = 'facility' AND p.id <> :under AND p.id IN " + SUBTREE
                        + " ORDER BY f.number NULLS LAST, p.name_en")
                .bind("under", id).map(PlaceStore::row).list();
    }

    List<UUID> subtree(Handle handle, UUID id) {
        return handle.createQuery("SELECT id FROM " + SUBTREE + " AS s").bind("under", id).mapTo(UUID.class).list();
    }

    Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return handle.createQuery("SELECT id FROM place WHERE external_id = :external").bind("external", externalId)
                .mapTo(UUID.class).findOne();
    }

    private static PlaceRef ref(ResultSet rs) throws SQLException {
        return new PlaceRef(rs.getObject("id", UUID.class), PlaceLevel.parse(rs.getString("level")),
                rs.getString("name_en"), Optional.ofNullable(rs.getString("name_ko")), rs.getString("country_code"));
    }

    private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID typeId = rs.getObject("facility_type_id", UUID.class);
        Optional<Facility> facility = typeId == null ? Optional.empty() : Optional.of(new Facility(typeId,
                Optional.ofNullable(rs.getString("number")), Optional.ofNullable(rs.getObject("operator_id", UUID.class)),
                Optional.ofNullable(rs.getString("operator_name")), Optional.ofNullable(rs.getString("status")),
                Optional.ofNullable(rs.getString("facility_notes"))));
        return new Row(rs.getObject("id", UUID.class), PlaceLevel.parse(rs.getString("level")), rs.getString("name_en"),
                Optional.ofNullable(rs.getString("name_ko")), strings(rs.getArray("name_variants")),
                Optional.ofNullable(rs.getObject("parent_id", UUID.class)), rs.getString("country_code"),
                Optional.ofNullable((Double) rs.getObject("latitude")), Optional.ofNullable((Double) rs.getObject("longitude")),
                Optional.ofNullable(rs.getString("coord_note")), Optional.ofNullable(rs.getString("external_id")),
                rs.getInt("version"), facility);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
