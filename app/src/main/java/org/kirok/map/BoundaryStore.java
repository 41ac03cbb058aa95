package org.kirok.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL of boundaries: geometry as GeoJSON MultiPolygon coordinates, with a bounding box. */
final class BoundaryStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Inserts or replaces the boundary with this key; returns whether it was new. */
    boolean upsert(Handle handle, Boundary boundary, String source) {
        double[] b = boundary.bounds();
        int existing = handle.createQuery("SELECT count(*) FROM boundary WHERE feature_key = :k")
                .bind("k", boundary.featureKey()).mapTo(Integer.class).one();
        handle.createUpdate("""
                INSERT INTO boundary (id, feature_key, name_en, name_ko, level, geometry, min_lon, min_lat, max_lon, max_lat, source)
                VALUES (:id, :key, :en, :ko, :level, :geometry, :minLon, :minLat, :maxLon, :maxLat, :source)
                ON CONFLICT (feature_key) DO UPDATE SET name_en = EXCLUDED.name_en, name_ko = EXCLUDED.name_ko,
                  level = EXCLUDED.level, geometry = EXCLUDED.geometry, min_lon = EXCLUDED.min_lon,
                  min_lat = EXCLUDED.min_lat, max_lon = EXCLUDED.max_lon, max_lat = EXCLUDED.max_lat,
                  source = EXCLUDED.source, imported_at = now()""")
                .bind("id", UUID.randomUUID()).bind("key", boundary.featureKey())
                .bind("en", boundary.nameEn().orElse(null)).bind("ko", boundary.nameKo().orElse(null))
                .bind("level", boundary.level().code()).bind("geometry", geometry(boundary))
                .bind("minLon", b[0]).bind("minLat", b[1]).bind("maxLon", b[2]).bind("maxLat", b[3])
                .bind("source", source).execute();
        return existing == 0;
    }

    List<Boundary> all(Handle handle) {
        return handle.createQuery("""
                SELECT feature_key, name_en, name_ko, level, geometry FROM boundary
                ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'province' THEN 1 WHEN 'county' THEN 2 ELSE 3 END, feature_key""")
                .map((rs, ctx) -> new Boundary(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3)), Boundary.Level.parse(rs.getString(4), "level"),
                        polygons(rs.getString(5))))
                .list();
    }

    /** Changes whenever boundaries are imported, so a cache knows to reload. */
    String signature(Handle handle) {
        return handle.createQuery("SELECT count(*) || ':' || coalesce(max(imported_at)::text, '') FROM boundary")
                .mapTo(String.class).one();
    }

    private static String geometry(Boundary boundary) {
        ArrayNode multi = JSON.createArrayNode();
        for (List<double[]> polygon : boundary.polygons()) {
            ArrayNode rings = multi.addArray();
            for (double[] ring : polygon) {
                ArrayNode positions = rings.addArray();
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    positions.addArray().add(round(ring[i])).add(round(ring[i + 1]));
                }
            }
        }
        return multi.toString();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5; // about a metre: more is noise for a map
    }

    private static List<List<double[]>> polygons(String geometry) {
        try {
            List<List<double[]>> out = new ArrayList<>();
            for (JsonNode polygon : JSON.readTree(geometry)) {
                List<double[]> rings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    double[] xy = new double[ring.size() * 2];
                    for (int p = 0; p < ring.size(); p++) {
                        xy[2 * p] = ring.get(p).get(0).asDouble();
                        xy[2 * p + 1] = ring.get(p).get(1).asDouble();
                    }
                    rings.add(xy);
                }
                out.add(rings);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored boundary is not JSON", e);
        }
    }
}
