package org.kirok.map;

/**
 * Douglas–Peucker line simplification: keeps the point farthest from the chord while it lies farther than the
 * tolerance, recursively (D. H. Douglas and T. K. Peucker, "Algorithms for the reduction of the number of points
 * required to represent a digitized line or its caricature", The Canadian Cartographer 10(2), 1973, pp. 112–122).
 * Rings keep at least four points so they stay polygons. Stateless.
 */
final class Simplifier {
    private Simplifier() {
    }

    /** Simplifies a ring or line given as lon0, lat0, lon1, lat1, … with a tolerance in degrees. */
    static double[] simplify(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 4 || tolerance <= 0) {
            return xy.clone();
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, n - 1});
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            int farthest = -1;
            double worst = tolerance;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = distance(xy, i, span[0], span[1]);
                if (d > worst) {
                    worst = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                stack.push(new int[] {span[0], farthest});
                stack.push(new int[] {farthest, span[1]});
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept < 4) {
            return xy.clone();
        }
        double[] out = new double[kept * 2];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[j++] = xy[2 * i];
                out[j++] = xy[2 * i + 1];
            }
        }
        return out;
    }

    /** Distance of point i from the segment a–b. */
    private static double distance(double[] xy, int i, int a, int b) {
        double px = xy[2 * i], py = xy[2 * i + 1];
        double ax = xy[2 * a], ay = xy[2 * a + 1], bx = xy[2 * b], by = xy[2 * b + 1];
        double dx = bx - ax, dy = by - ay;
        double length = dx * dx + dy * dy;
        if (length == 0) {
            return Math.hypot(px - ax, py - ay);
        }
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
