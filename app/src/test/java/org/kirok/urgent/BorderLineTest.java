package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BorderLineTest {
    private final BorderLine border = BorderLine.dprkChina();

    @Test
    void shenyang_lies_about_two_hundred_km_from_the_border_and_dongxing_thousands() {
        assertThat(border.distanceKm(41.79, 123.43)).isBetween(170.0, 220.0);
        assertThat(border.distanceKm(21.548, 107.972)).isGreaterThan(2000);
    }

    @Test
    void the_border_cities_lie_on_or_near_the_line() {
        assertThat(border.distanceKm(40.129, 124.39)).isLessThan(10);   // Dandong, opposite Sinuiju
        assertThat(border.distanceKm(42.966, 129.84)).isLessThan(10);   // Tumen, opposite Namyang
        assertThat(border.distanceKm(41.417, 128.2)).isLessThan(10);    // Changbai, opposite Hyesan
        assertThat(border.distanceKm(42.9075, 129.5078)).isLessThan(40); // Yanji, inland
    }

    @Test
    void every_vertex_is_at_distance_zero() {
        for (BorderLine.Point point : border.points()) {
            assertThat(border.distanceKm(point.lat(), point.lon())).isCloseTo(0.0, within(1e-6));
        }
    }

    @Test
    void the_distance_never_exceeds_the_distance_to_any_vertex_nor_undercuts_a_dense_sampling() {
        Random random = new Random(20151116L);
        for (int i = 0; i < 500; i++) {
            double lat = 30 + random.nextDouble() * 20;
            double lon = 115 + random.nextDouble() * 20;
            double distance = border.distanceKm(lat, lon);
            double sampled = Double.MAX_VALUE;
            List<BorderLine.Point> points = border.points();
            for (int s = 1; s < points.size(); s++) {
                BorderLine.Point a = points.get(s - 1);
                BorderLine.Point b = points.get(s);
                for (int k = 0; k <= 200; k++) {
                    double t = k / 200.0;
                    sampled = Math.min(sampled, GreatCircle.distanceKm(lat, lon, a.lat() + (b.lat() - a.lat()) * t,
                            a.lon() + (b.lon() - a.lon()) * t));
                }
            }
            for (BorderLine.Point point : points) {
                assertThat(distance).isLessThanOrEqualTo(GreatCircle.distanceKm(lat, lon, point.lat(), point.lon()) + 1e-6);
            }
            // a great-circle segment and the straight line in degrees differ by well under a kilometre here
            assertThat(distance).isCloseTo(sampled, within(1.5));
        }
    }

    @Test
    void a_line_needs_two_points_and_points_need_real_coordinates() {
        assertThatThrownBy(() -> new BorderLine(List.of(new BorderLine.Point(40, 124))))
                .hasMessageContaining("at least two points, got 1");
        assertThatThrownBy(() -> new BorderLine.Point(91, 124)).hasMessageContaining("91.0");
        assertThatThrownBy(() -> new BorderLine.Point(40, Double.NaN)).hasMessageContaining("NaN");
    }
}
