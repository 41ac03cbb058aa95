package org.kirok.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Douglas–Peucker, clustering, the projection and map extents. */
class GeometryTest {

    @Test
    void douglas_peucker_drops_points_on_a_straight_line_and_keeps_corners() {
        double[] line = {0, 0, 1, 0.0001, 2, 0, 3, 0, 3, 1, 3, 2, 0, 2, 0, 0};
        double[] simplified = Simplifier.simplify(line, 0.01);
        assertThat(simplified).containsExactly(0, 0, 3, 0, 3, 2, 0, 2, 0, 0);
    }

    @Test
    void simplification_never_moves_the_line_more_than_the_tolerance() {
        Random random = new Random(7);
        for (int run = 0; run < 50; run++) {
            double[] xy = new double[200];
            for (int i = 0; i < 100; i++) {
                xy[2 * i] = i * 0.01;
                xy[2 * i + 1] = Math.sin(i / 7.0) + random.nextGaussian() * 0.001;
            }
            double[] kept = Simplifier.simplify(xy, 0.005);
            assertThat(kept.length).isLessThan(xy.length);
            for (int i = 0; i < 100; i++) {
                assertThat(distanceToPolyline(xy[2 * i], xy[2 * i + 1], kept)).isLessThanOrEqualTo(0.005 + 1e-12);
            }
        }
    }

    private static double distanceToPolyline(double px, double py, double[] line) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < line.length; i += 2) {
            double ax = line[i], ay = line[i + 1], bx = line[i + 2], by = line[i + 3];
            double dx = bx - ax, dy = by - ay, length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
            best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
        }
        return best;
    }

    @Test
    void near_points_form_one_cluster_at_their_weighted_centre_and_far_ones_stay_apart() {
        Projection projection = new Projection(new Extent(126, 40, 130, 43), 800, 600, 0);
        List<MapPoint> points = List.of(point("a", 128.0, 41.0, 30), point("b", 128.01, 41.01, 10),
                point("c", 126.5, 42.5, 5));
        List<Cluster> clusters = new PointClusterer(20).cluster(points, projection);
        assertThat(clusters).hasSize(2);
        Cluster near = clusters.get(0);
        assertThat(near.members()).extracting(MapPoint::key).containsExactlyInAnyOrder("a", "b");
        assertThat(near.shownTotal()).hasValue(40);
        assertThat(near.lon()).isCloseTo(128.0025, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void every_point_lands_in_exactly_one_cluster() {
        Random random = new Random(11);
        Projection projection = new Projection(Extent.KOREA_AND_BORDER, 760, 620, 12);
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            points.add(point("p" + i, 124 + random.nextDouble() * 7, 38 + random.nextDouble() * 5, 1 + random.nextInt(50)));
        }
        List<Cluster> clusters = new PointClusterer(22).cluster(points, projection);
        assertThat(clusters.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(points.size());
        assertThat(clusters.stream().flatMap(c -> c.members().stream()).map(MapPoint::key).distinct().count()).isEqualTo(2_000);
    }

    @Test
    void a_hidden_count_shows_as_hidden_and_makes_the_total_a_lower_bound() {
        Projection projection = new Projection(new Extent(126, 40, 130, 43), 800, 600, 0);
        MapPoint hidden = new MapPoint("h", "h", 128.0, 41.0, OptionalLong.empty(), false, Optional.empty());
        Cluster alone = new PointClusterer(20).cluster(List.of(hidden), projection).get(0);
        assertThat(alone.shownTotal()).isEmpty();
        Cluster mixed = new PointClusterer(20).cluster(List.of(hidden, point("s", 128.0, 41.0, 12)), projection).get(0);
        assertThat(mixed.shownTotal()).hasValue(12);
        assertThat(mixed.partlyHidden()).isTrue();
    }

    @Test
    void the_projection_keeps_north_up_and_fits_the_canvas() {
        Projection projection = new Projection(Extent.KOREA_AND_BORDER, 760, 620, 12);
        assertThat(projection.y(43)).isLessThan(projection.y(38));
        assertThat(projection.x(124)).isLessThan(projection.x(130));
        assertThat(projection.x(Extent.KOREA_AND_BORDER.minLon())).isGreaterThanOrEqualTo(11.9);
        assertThat(projection.y(Extent.KOREA_AND_BORDER.minLat())).isLessThanOrEqualTo(620 - 11.9);
    }

    @Test
    void extents_are_read_from_query_strings_with_named_errors() {
        assertThat(Extent.parse("124,38,131,43", "view")).hasValue(new Extent(124, 38, 131, 43));
        assertThat(Extent.parse("", "view")).isEmpty();
        assertThatThrownBy(() -> Extent.parse("124,38,120,43", "view")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("view");
        assertThatThrownBy(() -> Extent.parse("1,2,3", "view")).hasMessageContaining("minLon,minLat,maxLon,maxLat");
    }

    private static MapPoint point(String key, double lon, double lat, long count) {
        return new MapPoint(key, key, lon, lat, OptionalLong.of(count), false, Optional.empty());
    }
}
