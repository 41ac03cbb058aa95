package org.kirok.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading boundaries from GeoJSON (GADM-style properties) and TopoJSON (quantized, shared arcs), and bad files. */
class BoundaryFileTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = BoundaryFileTest.class.getResourceAsStream("/boundaries/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void reads_gadm_style_geojson_with_names_levels_holes_and_multipolygons() throws IOException {
        List<Boundary> areas = BoundaryFile.read(fixture("fictional-provinces.geojson"), "f.geojson", Optional.empty(), 0);
        assertThat(areas).extracting(Boundary::featureKey).containsExactly("FIC.1_1", "FIC.2_1", "FIC.1.1_1");
        assertThat(areas.get(0).level()).isEqualTo(Boundary.Level.PROVINCE);
        assertThat(areas.get(2).level()).isEqualTo(Boundary.Level.COUNTY);
        assertThat(areas.get(0).label("ko")).isEqualTo("동쪽도");
        assertThat(areas.get(1).label("en")).isEqualTo("Westmarch");
        assertThat(areas.get(1).polygons()).hasSize(2);
        assertThat(areas.get(1).polygons().get(0)).hasSize(2); // outline and hole
        assertThat(areas.get(1).bounds()).containsExactly(125.5, 39.5, 127.0, 41.0);
    }

    @Test
    void decodes_quantized_topojson_with_a_shared_reversed_arc() throws IOException {
        List<Boundary> areas = BoundaryFile.read(fixture("fictional-provinces.topojson"), "f.topojson", Optional.empty(), 0);
        assertThat(areas).extracting(Boundary::featureKey).containsExactly("TOPO-A", "TOPO-B");
        assertThat(areas.get(0).bounds()).containsExactly(126.0, 41.0, 127.0, 42.0);
        assertThat(areas.get(1).bounds()).containsExactly(126.0, 40.0, 127.0, 41.0);
        double[] ring = areas.get(1).rings().get(0);
        assertThat(ring).hasSize(10);
        assertThat(new double[] {ring[0], ring[1]}).containsExactly(ring[8], ring[9]); // closed
        assertThat(areas.get(1).nameKo()).contains("남접도");
    }

    @Test
    void a_level_given_on_the_command_line_wins() throws IOException {
        assertThat(BoundaryFile.read(fixture("fictional-provinces.geojson"), "f", Optional.of(Boundary.Level.OTHER), 0))
                .allMatch(b -> b.level() == Boundary.Level.OTHER);
    }

    @Test
    void projected_coordinates_are_refused_naming_the_feature() {
        byte[] projected = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
                "coordinates":[[[500000,4500000],[500100,4500000],[500100,4500100],[500000,4500000]]]}}]}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BoundaryFile.read(projected, "utm.geojson", Optional.empty(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("feature 1")
                .hasMessageContaining("WGS 84");
    }

    @Test
    void files_that_are_not_geojson_say_what_they_are() {
        assertThatThrownBy(() -> BoundaryFile.read("not json".getBytes(StandardCharsets.UTF_8), "x.geojson", Optional.empty(), 0))
                .hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> BoundaryFile.read("{\"type\":\"Point\"}".getBytes(StandardCharsets.UTF_8), "p.json", Optional.empty(), 0))
                .hasMessageContaining("found type 'Point'");
        assertThatThrownBy(() -> BoundaryFile.read("{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8),
                "empty.json", Optional.empty(), 0)).hasMessageContaining("no Polygon or MultiPolygon");
    }

    @Test
    void the_shipped_orientation_outlines_are_readable_countries() {
        assertThat(OrientationOutlines.get()).extracting(Boundary::featureKey)
                .containsExactly("kirok-outline-KP", "kirok-outline-CN-NE", "kirok-outline-KR");
        assertThat(OrientationOutlines.get()).allMatch(b -> b.level() == Boundary.Level.COUNTRY);
    }
}
