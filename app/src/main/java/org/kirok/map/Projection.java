package org.kirok.map;

/**
 * The equirectangular projection with the standard parallel at the middle of the extent (x = λ·cos φ₀, y = φ), fitted
 * into a canvas with a margin: J. P. Snyder, <i>Map Projections — A Working Manual</i>, USGS Professional Paper 1395
 * (1987), pp. 90–91. Over the few degrees of a national map its distortion is small, and it needs no tiles or
 * library. Immutable.
 */
public final class Projection {
    private final Extent extent;
    private final double scale;
    private final double cosine;
    private final double offsetX;
    private final double offsetY;

    public Projection(Extent extent, int width, int height, double margin) {
        this.extent = extent;
        this.cosine = Math.cos(Math.toRadians((extent.minLat() + extent.maxLat()) / 2));
        double spanX = (extent.maxLon() - extent.minLon()) * cosine;
        double spanY = extent.maxLat() - extent.minLat();
        this.scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        this.offsetX = (width - spanX * scale) / 2;
        this.offsetY = (height - spanY * scale) / 2;
    }

    public double x(double lon) {
        return offsetX + (lon - extent.minLon()) * cosine * scale;
    }

    public double y(double lat) {
        return offsetY + (extent.maxLat() - lat) * scale;
    }

    /** Pixels per degree of latitude. */
    public double pixelsPerDegree() {
        return scale;
    }

    public Extent extent() {
        return extent;
    }
}
