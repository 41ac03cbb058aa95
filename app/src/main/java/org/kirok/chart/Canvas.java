package org.kirok.chart;

/**
 * Where charts and maps draw: the same drawing code produces SVG for pages ({@link SvgCanvas}) and PNG for Word and
 * PDF documents ({@link RasterCanvas}), so a chart looks the same in both. Coordinates are pixels from the top left;
 * colours are {@code #rrggbb}. Not thread-safe: one canvas per drawing.
 */
public interface Canvas {

    /** Where a text's x coordinate lies: at its start, middle or end. */
    enum Anchor { START, MIDDLE, END }

    int width();

    int height();

    void rect(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth);

    /** A polyline through {@code xy} = x0, y0, x1, y1, … */
    void polyline(double[] xy, String stroke, double strokeWidth);

    /** Filled polygons, each ring as x0, y0, x1, y1, … (holes by the even-odd rule). */
    void polygons(java.util.List<double[]> rings, String fill, String stroke, double strokeWidth);

    void circle(double cx, double cy, double r, String fill, String stroke);

    void text(double x, double y, String text, double size, Anchor anchor, String colour, boolean bold);

    /** The width a text will take, for layout. */
    double textWidth(String text, double size);

    /** Everything drawn until {@link #endLink()} links to {@code href} (pages only; documents ignore links). */
    void beginLink(String href, String title);

    void endLink();
}
