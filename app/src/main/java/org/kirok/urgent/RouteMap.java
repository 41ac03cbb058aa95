package org.kirok.urgent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a case's route as SVG on the server, from the gazetteer's coordinates alone (no tiles, nothing fetched):
 * an equirectangular projection scaled by the cosine of the middle latitude, a graticule with degree labels, the
 * DPRK–China border line, numbered points in route order and arrows between successive places. Stateless.
 */
final class RouteMap {
    static final int WIDTH = 800;
    private static final double[] STEPS = {0.5, 1, 2, 5, 10, 20, 30};

    private RouteMap() {
    }

    /** A stop on the route: its number(s) in the timeline, its name, where it is. */
    record Stop(String label, double lat, double lon) {
    }

    static List<Stop> stops(List<CustodyEvent> events, String language) {
        List<Stop> stops = new ArrayList<>();
        int number = 0;
        for (CustodyEvent event : events) {
            number++;
            if (event.place().isEmpty() || !event.place().get().located()) {
                continue;
            }
            CustodyEvent.EventPlace place = event.place().get();
            double lat = place.lat().orElseThrow();
            double lon = place.lon().orElseThrow();
            if (!stops.isEmpty() && stops.getLast().lat() == lat && stops.getLast().lon() == lon) {
                Stop last = stops.removeLast();
                stops.add(new Stop(last.label().replaceFirst("^([0-9,]+)", "$1," + number), lat, lon));
            } else {
                stops.add(new Stop(number + " " + place.name(language), lat, lon));
            }
        }
        return stops;
    }

    static String svg(List<Stop> stops, BorderLine border, String emptyText) {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        List<double[]> all = new ArrayList<>();
        stops.forEach(s -> all.add(new double[] {s.lat(), s.lon()}));
        border.points().forEach(p -> all.add(new double[] {p.lat(), p.lon()}));
        for (double[] p : all) {
            minLat = Math.min(minLat, p[0]);
            maxLat = Math.max(maxLat, p[0]);
            minLon = Math.min(minLon, p[1]);
            maxLon = Math.max(maxLon, p[1]);
        }
        double padLat = Math.max(0.5, (maxLat - minLat) * 0.08);
        double padLon = Math.max(0.5, (maxLon - minLon) * 0.08);
        minLat -= padLat;
        maxLat += padLat;
        minLon -= padLon;
        maxLon += padLon;
        double scaleX = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = (maxLon - minLon) * scaleX;
        double spanY = maxLat - minLat;
        int height = (int) Math.round(Math.max(260, Math.min(900, WIDTH * spanY / spanX)));
        Projection projection = new Projection(minLat, maxLat, minLon, maxLon, height);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title>Route</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f5f8b\"/>"
                        + "</marker></defs>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f9fc\"/>");
        graticule(svg, projection);
        svg.append("<polyline fill=\"none\" stroke=\"#a01c1c\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"");
        border.points().forEach(p -> svg.append(round(projection.x(p.lon()))).append(',').append(round(projection.y(p.lat()))).append(' '));
        svg.append("\"/>");
        BorderLine.Point mouth = border.points().getFirst();
        svg.append(text(projection.x(mouth.lon()) - 4, projection.y(mouth.lat()) + 16, "DPRK–China border", "#a01c1c", true));
        if (stops.isEmpty()) {
            svg.append(text(20, 30, emptyText, "#5b6576"));
        }
        for (int i = 1; i < stops.size(); i++) {
            Stop from = stops.get(i - 1);
            Stop to = stops.get(i);
            svg.append("<line x1=\"").append(round(projection.x(from.lon()))).append("\" y1=\"").append(round(projection.y(from.lat())))
                    .append("\" x2=\"").append(round(projection.x(to.lon()))).append("\" y2=\"").append(round(projection.y(to.lat())))
                    .append("\" stroke=\"#1f5f8b\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>");
        }
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            boolean last = i == stops.size() - 1;
            svg.append("<circle cx=\"").append(round(projection.x(stop.lon()))).append("\" cy=\"").append(round(projection.y(stop.lat())))
                    .append("\" r=\"").append(last ? 7 : 5).append("\" fill=\"").append(last ? "#a01c1c" : "#1f5f8b")
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            // labels near the right edge are written to the left of their point, so they stay inside the map
            boolean leftward = projection.x(stop.lon()) > WIDTH - 160;
            svg.append(text(projection.x(stop.lon()) + (leftward ? -10 : 10), projection.y(stop.lat()) - 8, stop.label(),
                    "#1d2430", leftward));
        }
        return svg.append("</svg>").toString();
    }

    private static void graticule(StringBuilder svg, Projection p) {
        double span = Math.max(p.maxLat() - p.minLat(), p.maxLon() - p.minLon());
        double step = STEPS[STEPS.length - 1];
        for (double candidate : STEPS) {
            if (span / candidate <= 10) {
                step = candidate;
                break;
            }
        }
        for (double lat = Math.ceil(p.minLat() / step) * step; lat <= p.maxLat(); lat += step) {
            svg.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(round(p.y(lat))).append("\" y2=\"")
                    .append(round(p.y(lat))).append("\" stroke=\"#d7dce4\" stroke-width=\"1\"/>");
            svg.append(text(4, p.y(lat) - 3, degrees(lat, "N", "S"), "#5b6576"));
        }
        for (double lon = Math.ceil(p.minLon() / step) * step; lon <= p.maxLon(); lon += step) {
            svg.append("<line y1=\"0\" y2=\"").append(p.height()).append("\" x1=\"").append(round(p.x(lon))).append("\" x2=\"")
                    .append(round(p.x(lon))).append("\" stroke=\"#d7dce4\" stroke-width=\"1\"/>");
            svg.append(text(p.x(lon) + 3, p.height() - 4, degrees(lon, "E", "W"), "#5b6576"));
        }
    }

    private static String degrees(double value, String positive, String negative) {
        String number = value == Math.rint(value) ? String.valueOf((long) Math.abs(value))
                : String.format(Locale.ROOT, "%.1f", Math.abs(value));
        return number + "°" + (value >= 0 ? positive : negative);
    }

    private static String text(double x, double y, String content, String colour) {
        return text(x, y, content, colour, false);
    }

    private static String text(double x, double y, String content, String colour, boolean anchorEnd) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" fill=\"" + colour + "\""
                + (anchorEnd ? " text-anchor=\"end\"" : "") + ">" + escape(content) + "</text>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Degrees to SVG coordinates. */
    private record Projection(double minLat, double maxLat, double minLon, double maxLon, int height) {
        double x(double lon) {
            return (lon - minLon) / (maxLon - minLon) * WIDTH;
        }

        double y(double lat) {
            return (maxLat - lat) / (maxLat - minLat) * height;
        }
    }
}
