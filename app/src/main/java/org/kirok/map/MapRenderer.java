package org.kirok.map;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kirok.chart.Canvas;
import org.kirok.chart.Palette;

/**
 * Draws a map without tiles: sea, graticule, imported boundaries (countries as land, provinces and — when zoomed in —
 * counties as lines), detention facilities as squares and places with acts as clustered circles sized by the square
 * root of their count (so area, not radius, is proportional). Clusters of several places link to a closer view; a
 * single place links to its records.
 */
public final class MapRenderer {
    private final List<Boundary> boundaries;
    private final String language;
    private final String hiddenText;

    public MapRenderer(List<Boundary> boundaries, String language, String hiddenText) {
        this.boundaries = List.copyOf(boundaries);
        this.language = language;
        this.hiddenText = hiddenText;
    }

    public void draw(Canvas canvas, Projection projection, List<MapPoint> places, List<MapPoint> facilities,
                     Function<Extent, String> zoomHref) {
        canvas.rect(0, 0, canvas.width(), canvas.height(), Palette.WATER);
        Extent view = projection.extent();
        boolean counties = projection.pixelsPerDegree() > 220;
        for (Boundary boundary : boundaries) {
            double[] b = boundary.bounds();
            if (!view.intersects(b[0], b[1], b[2], b[3])
                    || (boundary.level() == Boundary.Level.COUNTY && !counties)) {
                continue;
            }
            List<double[]> rings = boundary.rings().stream().map(ring -> project(ring, projection)).toList();
            switch (boundary.level()) {
                case COUNTRY -> canvas.polygons(rings, Palette.LAND, Palette.LAND_EDGE, 1.2);
                case PROVINCE -> canvas.polygons(rings, "none", Palette.LAND_EDGE, 0.8);
                case COUNTY, OTHER -> canvas.polygons(rings, "none", Palette.LINE, 0.6);
            }
        }
        graticule(canvas, projection);
        if (projection.pixelsPerDegree() > 60) {
            provinceNames(canvas, projection);
        }
        for (MapPoint facility : facilities) {
            if (!view.contains(facility.lon(), facility.lat())) {
                continue;
            }
            double x = projection.x(facility.lon());
            double y = projection.y(facility.lat());
            facility.href().ifPresent(href -> canvas.beginLink(href, facility.label()));
            canvas.rect(x - 3.5, y - 3.5, 7, 7, Palette.FACILITY);
            if (facility.href().isPresent()) {
                canvas.endLink();
            }
        }
        List<MapPoint> visible = places.stream().filter(p -> view.contains(p.lon(), p.lat())).toList();
        List<Cluster> clusters = new PointClusterer(22).cluster(visible, projection);
        long largest = clusters.stream().mapToLong(c -> c.shownTotal().orElse(1)).max().orElse(1);
        for (Cluster cluster : clusters) {
            long total = cluster.shownTotal().orElse(0);
            double r = 8 + 14 * Math.sqrt((double) Math.max(total, 1) / Math.max(largest, 1));
            String label = cluster.shownTotal().isEmpty() ? hiddenText
                    : String.format(Locale.ROOT, "%,d", total) + (cluster.partlyHidden() ? "+" : "");
            String title = cluster.members().size() == 1 ? cluster.members().get(0).label() + ": " + label
                    : cluster.members().size() + " · " + label;
            String href = cluster.members().size() == 1 ? cluster.members().get(0).href().orElse(null)
                    : zoomHref.apply(cluster.memberExtent().padded(0.25, 0.15));
            if (href != null) {
                canvas.beginLink(href, title);
            }
            canvas.circle(cluster.x(), cluster.y(), r, cluster.members().size() == 1 ? Palette.ACCENT : Palette.WARN, Palette.PAPER);
            canvas.text(cluster.x(), cluster.y() + 4, label, 11, Canvas.Anchor.MIDDLE, Palette.PAPER, true);
            if (href != null) {
                canvas.endLink();
            }
        }
        scaleNote(canvas, projection);
    }

    private void provinceNames(Canvas canvas, Projection projection) {
        for (Boundary boundary : boundaries) {
            double[] b = boundary.bounds();
            double lon = (b[0] + b[2]) / 2;
            double lat = (b[1] + b[3]) / 2;
            if (boundary.level() == Boundary.Level.PROVINCE && projection.extent().contains(lon, lat)) {
                canvas.text(projection.x(lon), projection.y(lat), boundary.label(language), 10, Canvas.Anchor.MIDDLE,
                        Palette.MUTED, false);
            }
        }
    }

    private static double[] project(double[] ring, Projection projection) {
        double[] xy = new double[ring.length];
        for (int i = 0; i + 1 < ring.length; i += 2) {
            xy[i] = projection.x(ring[i]);
            xy[i + 1] = projection.y(ring[i + 1]);
        }
        return xy;
    }

    private static void graticule(Canvas canvas, Projection projection) {
        Extent e = projection.extent();
        double step = (e.maxLon() - e.minLon()) > 20 ? 10 : (e.maxLon() - e.minLon()) > 4 ? 1 : 0.5;
        for (double lon = Math.ceil(e.minLon() / step) * step; lon <= e.maxLon(); lon += step) {
            double x = projection.x(lon);
            canvas.line(x, 0, x, canvas.height(), Palette.LINE, 0.5);
            canvas.text(x + 2, canvas.height() - 4, degrees(lon, "E", "W"), 9, Canvas.Anchor.START, Palette.MUTED, false);
        }
        for (double lat = Math.ceil(e.minLat() / step) * step; lat <= e.maxLat(); lat += step) {
            double y = projection.y(lat);
            canvas.line(0, y, canvas.width(), y, Palette.LINE, 0.5);
            canvas.text(3, y - 2, degrees(lat, "N", "S"), 9, Canvas.Anchor.START, Palette.MUTED, false);
        }
    }

    private static String degrees(double value, String positive, String negative) {
        String number = value == Math.rint(value) ? String.valueOf((long) Math.abs(value))
                : String.format(Locale.ROOT, "%.1f", Math.abs(value));
        return number + "°" + (value >= 0 ? positive : negative);
    }

    /** A 50 km or 100 km bar, so distances can be read. */
    private static void scaleNote(Canvas canvas, Projection projection) {
        double kmPerPixel = 111.32 / projection.pixelsPerDegree();
        double km = kmPerPixel * 120 > 200 ? 200 : kmPerPixel * 120 > 100 ? 100 : kmPerPixel * 120 > 50 ? 50 : 10;
        double length = km / kmPerPixel;
        double x = canvas.width() - length - 14;
        double y = canvas.height() - 14;
        canvas.rect(x, y, length, 3, Palette.INK);
        canvas.text(x + length, y - 4, (long) km + " km", 10, Canvas.Anchor.END, Palette.INK, false);
    }
}
