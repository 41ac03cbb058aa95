package org.kirok.urgent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The DPRK–China border as a polyline (the Yalu from its mouth to Paektu-san, then the Tumen down to the
 * tripoint with Russia), read from {@code dprk-china-border.csv} beside this class: a few dozen points written for
 * Kirok from public geography, accurate to a few kilometres — enough to say "within N km of the border" and to
 * draw the line on a route map. Immutable, thread-safe.
 */
public final class BorderLine {
    private static final BorderLine DPRK_CHINA = load("dprk-china-border.csv");

    /** One vertex, in degrees. */
    public record Point(double lat, double lon) {
        public Point {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("not a coordinate: " + lat + ", " + lon);
            }
        }
    }

    private final List<Point> points;

    BorderLine(List<Point> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a border line needs at least two points, got " + points.size());
        }
        this.points = List.copyOf(points);
    }

    public static BorderLine dprkChina() {
        return DPRK_CHINA;
    }

    public List<Point> points() {
        return points;
    }

    /** The shortest great-circle distance in km from the point to the line. */
    public double distanceKm(double lat, double lon) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            best = Math.min(best, GreatCircle.distanceToSegmentKm(lat, lon, a.lat(), a.lon(), b.lat(), b.lon()));
        }
        return best;
    }

    private static BorderLine load(String resource) {
        try (InputStream in = BorderLine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + BorderLine.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Point> points = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.startsWith("lat")) {
                    continue;
                }
                String[] cells = text.split(",");
                try {
                    points.add(new Point(Double.parseDouble(cells[0].strip()), Double.parseDouble(cells[1].strip())));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + number + ": not 'lat,lon': " + text, e);
                }
            }
            return new BorderLine(points);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
