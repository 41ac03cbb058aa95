package org.kirok.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kirok.chart.Canvas;
import org.kirok.chart.RasterCanvas;
import org.kirok.chart.SvgCanvas;
import org.kirok.map.Boundary;
import org.kirok.map.Extent;
import org.kirok.map.MapPoint;
import org.kirok.map.MapRenderer;
import org.kirok.map.Projection;

/** Draws a dashboard result's places and the facilities on the map, as SVG for pages or PNG for documents. */
public final class ResultMap {
    public static final int WIDTH = 760;
    public static final int HEIGHT = 620;

    private ResultMap() {
    }

    /** Links: a single place to its acts, a cluster to a closer view. */
    public record Links(Function<DashboardResult.PlaceFigure, Optional<String>> place, Function<Extent, String> zoom) {
        public static Links none() {
            return new Links(p -> Optional.empty(), e -> null);
        }
    }

    public static String svg(DashboardResult result, List<Boundary> boundaries, Extent view, String language,
                             String hiddenText, Links links, String title) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
        draw(canvas, result, boundaries, view, language, hiddenText, links);
        return canvas.toSvg(title);
    }

    public static byte[] png(DashboardResult result, List<Boundary> boundaries, Extent view, String language, String hiddenText) {
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT, 2);
        draw(canvas, result, boundaries, view, language, hiddenText, Links.none());
        return canvas.toPng();
    }

    /** The view that shows every mapped place, or the default region when there is none. */
    public static Extent fitting(DashboardResult result) {
        List<DashboardResult.PlaceFigure> places = result.places();
        if (places.isEmpty()) {
            return Extent.KOREA_AND_BORDER;
        }
        double minLon = places.stream().mapToDouble(DashboardResult.PlaceFigure::lon).min().orElseThrow();
        double maxLon = places.stream().mapToDouble(DashboardResult.PlaceFigure::lon).max().orElseThrow();
        double minLat = places.stream().mapToDouble(DashboardResult.PlaceFigure::lat).min().orElseThrow();
        double maxLat = places.stream().mapToDouble(DashboardResult.PlaceFigure::lat).max().orElseThrow();
        return new Extent(Math.max(-180, minLon - 0.1), Math.max(-89.9, minLat - 0.1), Math.min(180, maxLon + 0.1),
                Math.min(89.9, maxLat + 0.1)).padded(0.1, 0.3);
    }

    private static void draw(Canvas canvas, DashboardResult result, List<Boundary> boundaries, Extent view,
                             String language, String hiddenText, Links links) {
        List<MapPoint> places = result.places().stream().map(p -> new MapPoint(p.id().toString(), p.label(), p.lon(),
                p.lat(), p.count(), false, links.place().apply(p))).toList();
        List<MapPoint> facilities = result.facilities().stream().map(p -> new MapPoint(p.id().toString(), p.label(),
                p.lon(), p.lat(), p.count(), true, links.place().apply(p))).toList();
        new MapRenderer(boundaries, language, hiddenText).draw(canvas, new Projection(view, canvas.width(), canvas.height(), 12),
                places, facilities, links.zoom());
    }
}
