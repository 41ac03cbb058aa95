package org.kirok.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy distance clustering in screen space, the method of Leaflet.markercluster and of Supercluster
 * (V. Agafonkin, "Clustering millions of points on a map", Mapbox blog, 2016): take the heaviest unclustered point,
 * absorb every unclustered point within the radius, repeat. A uniform grid of cells one radius wide keeps the
 * neighbour search local, so the work is linear in the number of points. Stateless.
 */
public final class PointClusterer {
    private final double radius;

    public PointClusterer(double radiusPixels) {
        if (radiusPixels <= 0) {
            throw new IllegalArgumentException("the cluster radius must be positive, got " + radiusPixels);
        }
        this.radius = radiusPixels;
    }

    public List<Cluster> cluster(List<MapPoint> points, Projection projection) {
        List<MapPoint> ordered = new ArrayList<>(points);
        ordered.sort(Comparator.comparingLong(MapPoint::weight).reversed().thenComparing(MapPoint::key));
        Map<Long, List<Integer>> grid = new HashMap<>();
        double[] xs = new double[ordered.size()];
        double[] ys = new double[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            xs[i] = projection.x(ordered.get(i).lon());
            ys[i] = projection.y(ordered.get(i).lat());
            grid.computeIfAbsent(cell(xs[i], ys[i]), k -> new ArrayList<>()).add(i);
        }
        boolean[] taken = new boolean[ordered.size()];
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (taken[i]) {
                continue;
            }
            List<MapPoint> members = new ArrayList<>();
            double weight = 0, sumX = 0, sumY = 0, sumLon = 0, sumLat = 0;
            long cx = (long) Math.floor(xs[i] / radius), cy = (long) Math.floor(ys[i] / radius);
            for (long gx = cx - 1; gx <= cx + 1; gx++) {
                for (long gy = cy - 1; gy <= cy + 1; gy++) {
                    for (int j : grid.getOrDefault(key(gx, gy), List.of())) {
                        if (!taken[j] && Math.hypot(xs[j] - xs[i], ys[j] - ys[i]) <= radius) {
                            taken[j] = true;
                            MapPoint point = ordered.get(j);
                            members.add(point);
                            double w = point.weight();
                            weight += w;
                            sumX += w * xs[j];
                            sumY += w * ys[j];
                            sumLon += w * point.lon();
                            sumLat += w * point.lat();
                        }
                    }
                }
            }
            clusters.add(new Cluster(sumX / weight, sumY / weight, sumLon / weight, sumLat / weight, members));
        }
        return clusters;
    }

    private long cell(double x, double y) {
        return key((long) Math.floor(x / radius), (long) Math.floor(y / radius));
    }

    private static long key(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }
}
