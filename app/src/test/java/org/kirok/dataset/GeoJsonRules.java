package org.kirok.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GeoJSON rules a standard parser relies on (RFC 7946 §3): a FeatureCollection of Features, each with a
 * geometry of a known type whose Point coordinates are [longitude, latitude] within range, and a properties object;
 * no "crs" member (§4: WGS 84 is implied).
 */
final class GeoJsonRules {
    private GeoJsonRules() {
    }

    static void check(JsonNode collection) {
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.has("crs")).isFalse();
        assertThat(collection.path("features").isArray()).isTrue();
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.path("type").asText()).isEqualTo("Feature");
            assertThat(feature.path("properties").isObject()).isTrue();
            JsonNode geometry = feature.path("geometry");
            assertThat(geometry.path("type").asText()).isEqualTo("Point");
            JsonNode position = geometry.path("coordinates");
            assertThat(position.isArray() && position.size() == 2).isTrue();
            assertThat(position.get(0).isNumber() && position.get(1).isNumber()).isTrue();
            assertThat(position.get(0).asDouble()).isBetween(-180.0, 180.0);
            assertThat(position.get(1).asDouble()).isBetween(-90.0, 90.0);
            assertThat(feature.path("id").isTextual() || feature.path("id").isNumber()).isTrue();
        }
    }
}
