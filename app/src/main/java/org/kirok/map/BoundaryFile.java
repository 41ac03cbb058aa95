package org.kirok.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * Reads administrative boundaries from a GeoJSON (RFC 7946) or TopoJSON file: Polygon and MultiPolygon features,
 * their names (GADM's NAME_n/NL_NAME_n, geoBoundaries' shapeName, or name/name_en/name_ko) and level, simplified
 * with Douglas–Peucker. A feature that cannot be read is an error naming the feature and the reason.
 */
public final class BoundaryFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoundaryFile() {
    }

    public static List<Boundary> read(byte[] bytes, String sourceName, Optional<Boundary.Level> level, double tolerance) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException("file", sourceName + " is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("file", sourceName + " is not a GeoJSON or TopoJSON object");
        }
        String type = root.path("type").asText();
        JsonNode collection = switch (type) {
            case "Topology" -> TopoJson.toFeatures(root);
            case "FeatureCollection" -> root;
            case "Feature" -> JSON.createObjectNode().put("type", "FeatureCollection")
                    .set("features", JSON.createArrayNode().add(root));
            default -> throw new InvalidInputException("type", sourceName + ": expected a FeatureCollection, a Feature or "
                    + "a TopoJSON Topology, found type '" + type + "'");
        };
        List<Boundary> out = new ArrayList<>();
        JsonNode features = collection.path("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String geometryType = feature.path("geometry").path("type").asText();
            if (!geometryType.equals("Polygon") && !geometryType.equals("MultiPolygon")) {
                continue; // points and lines carry no area
            }
            try {
                out.add(boundary(feature, i, sourceName, level, tolerance));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("features[" + i + "]", sourceName + ", feature " + (i + 1) + ": "
                        + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("features", sourceName + " holds no Polygon or MultiPolygon feature");
        }
        return out;
    }

    private static Boundary boundary(JsonNode feature, int index, String sourceName, Optional<Boundary.Level> level,
                                     double tolerance) {
        JsonNode properties = feature.path("properties");
        JsonNode geometry = feature.path("geometry");
        JsonNode coordinates = geometry.path("coordinates");
        List<List<double[]>> polygons = new ArrayList<>();
        if (geometry.path("type").asText().equals("Polygon")) {
            polygons.add(polygon(coordinates, tolerance));
        } else {
            for (JsonNode polygon : coordinates) {
                polygons.add(polygon(polygon, tolerance));
            }
        }
        String key = first(properties, "GID_2", "GID_1", "GID_0", "shapeID", "id", "code", "ISO")
                .or(() -> feature.hasNonNull("id") ? Optional.of(feature.get("id").asText()) : Optional.empty())
                .orElse(sourceName + "#" + (index + 1));
        Optional<String> nameEn = first(properties, "name_en", "NAME_2", "NAME_1", "shapeName", "name", "NAME", "NAME_0");
        Optional<String> nameKo = first(properties, "name_ko", "NL_NAME_2", "NL_NAME_1", "name:ko");
        Boundary.Level resolved = level.orElseGet(() -> guessLevel(properties));
        return new Boundary(key, nameEn, nameKo, resolved, polygons);
    }

    private static List<double[]> polygon(JsonNode rings, double tolerance) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon without rings");
        }
        List<double[]> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                throw new IllegalArgumentException("a ring needs at least 4 positions, found " + ring.size());
            }
            double[] xy = new double[ring.size() * 2];
            for (int p = 0; p < ring.size(); p++) {
                JsonNode position = ring.get(p);
                double lon = position.path(0).asDouble(Double.NaN);
                double lat = position.path(1).asDouble(Double.NaN);
                if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                    throw new IllegalArgumentException("position " + (p + 1) + " is not a longitude, latitude pair in "
                            + "degrees: " + position + " (projected coordinates are not supported; export as WGS 84)");
                }
                xy[2 * p] = lon;
                xy[2 * p + 1] = lat;
            }
            out.add(Simplifier.simplify(xy, tolerance));
        }
        return out;
    }

    private static Boundary.Level guessLevel(JsonNode properties) {
        if (properties.hasNonNull("level")) {
            return Boundary.Level.parse(properties.get("level").asText(), "level");
        }
        if (properties.has("NAME_2") || properties.has("GID_2")) {
            return Boundary.Level.COUNTY;
        }
        if (properties.has("NAME_1") || properties.has("GID_1")) {
            return Boundary.Level.PROVINCE;
        }
        if (properties.has("NAME_0") || properties.has("GID_0")) {
            return Boundary.Level.COUNTRY;
        }
        String shapeType = properties.path("shapeType").asText("");
        return switch (shapeType) {
            case "ADM0" -> Boundary.Level.COUNTRY;
            case "ADM1" -> Boundary.Level.PROVINCE;
            case "ADM2" -> Boundary.Level.COUNTY;
            default -> Boundary.Level.OTHER;
        };
    }

    private static Optional<String> first(JsonNode properties, String... names) {
        for (String name : names) {
            JsonNode value = properties.get(name);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                String text = value.asText().strip();
                return Optional.of(text.length() > 200 ? text.substring(0, 200) : text);
            }
        }
        return Optional.empty();
    }
}
