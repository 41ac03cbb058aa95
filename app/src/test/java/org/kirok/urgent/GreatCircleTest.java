package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreatCircleTest {

    @Test
    void seoul_to_pyongyang_is_about_one_hundred_ninety_five_km() {
        assertThat(GreatCircle.distanceKm(37.5665, 126.9780, 39.0392, 125.7625)).isCloseTo(195, within(3.0));
    }

    @Test
    void a_quarter_meridian_is_a_quarter_of_the_circumference() {
        assertThat(GreatCircle.distanceKm(0, 0, 90, 0)).isCloseTo(Math.PI / 2 * GreatCircle.EARTH_RADIUS_KM, within(1e-6));
    }

    @Test
    void distance_is_symmetric_and_obeys_the_triangle_inequality() {
        Random random = new Random(2015_10_22L);
        for (int i = 0; i < 1000; i++) {
            double[] a = point(random);
            double[] b = point(random);
            double[] c = point(random);
            double ab = GreatCircle.distanceKm(a[0], a[1], b[0], b[1]);
            assertThat(ab).isCloseTo(GreatCircle.distanceKm(b[0], b[1], a[0], a[1]), within(1e-6));
            assertThat(ab).isLessThanOrEqualTo(GreatCircle.distanceKm(a[0], a[1], c[0], c[1])
                    + GreatCircle.distanceKm(c[0], c[1], b[0], b[1]) + 1e-6);
        }
    }

    @Test
    void the_distance_to_a_segment_lies_between_zero_and_the_nearer_end() {
        Random random = new Random(7L);
        for (int i = 0; i < 1000; i++) {
            double[] p = point(random);
            double[] a = point(random);
            double[] b = {a[0] + random.nextDouble() * 4 - 2, a[1] + random.nextDouble() * 4 - 2};
            double toSegment = GreatCircle.distanceToSegmentKm(p[0], p[1], a[0], a[1], b[0], b[1]);
            double nearerEnd = Math.min(GreatCircle.distanceKm(p[0], p[1], a[0], a[1]),
                    GreatCircle.distanceKm(p[0], p[1], b[0], b[1]));
            assertThat(toSegment).isBetween(0.0, nearerEnd + 1e-6);
        }
    }

    @Test
    void a_point_on_the_segment_is_at_distance_zero_and_a_degenerate_segment_is_a_point() {
        assertThat(GreatCircle.distanceToSegmentKm(0, 5, 0, 0, 0, 10)).isCloseTo(0, within(1e-6));
        assertThat(GreatCircle.distanceToSegmentKm(1, 0, 0, 0, 0, 0))
                .isCloseTo(GreatCircle.distanceKm(1, 0, 0, 0), within(1e-9));
    }

    private static double[] point(Random random) {
        return new double[] {-60 + random.nextDouble() * 120, -170 + random.nextDouble() * 340};
    }
}
