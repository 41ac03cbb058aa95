package org.kirok.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Dataset rows as a GeoJSON FeatureCollection (RFC 7946): one Point feature per act that has a located place, its
 * coordinates [longitude, latitude] in WGS 84, every other column a property; acts without a location are left
 * out and counted in the collection's "unlocated" member, so the loss is visible in QGIS too.
 */
final class GeoJsonWriter {
    private static final ObjectMapper JSON = org.kirok.web.Json.mapper();

    private GeoJsonWriter() {
    }

    static byte[] write(List<Map<String, Object>> rows) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        int unlocated = 0;
        for (Map<String, Object> row : rows) {
            if (row.get("latitude") == null || row.get("longitude") == null) {
                unlocated++;
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", (String) row.get("case_code"));
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add((Double) row.get("longitude")).add((Double) row.get("latitude"));
            ObjectNode properties = feature.putObject("properties");
            row.forEach((key, value) -> {
                if (!key.equals("latitude") && !key.equals("longitude")) {
                    properties.set(key, JSON.valueToTree(value == null ? null : value instanceof java.time.LocalDate d ? d.toString() : value));
                }
            });
        }
        collection.put("unlocated", unlocated);
        try {
            return JSON.writeValueAsBytes(collection);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write GeoJSON: " + e.getMessage(), e);
        }
    }
}
