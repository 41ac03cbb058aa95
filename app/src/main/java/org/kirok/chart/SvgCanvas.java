package org.kirok.chart;

import java.util.List;
import java.util.Locale;

/**
 * Draws SVG for pages: presentation attributes only (the Content-Security-Policy forbids inline styles), every text
 * escaped, a {@code <title>} for screen readers. The text width is estimated (Hangul about one em, Latin about
 * half), which is all the layout needs.
 */
public final class SvgCanvas implements Canvas {
    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();

    public SvgCanvas(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a canvas needs a positive size, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(colour(fill)).append("\"/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour(stroke))
                .append("\" stroke-width=\"").append(n(strokeWidth)).append("\"/>");
    }

    @Override
    public void polyline(double[] xy, String stroke, double strokeWidth) {
        body.append("<polyline fill=\"none\" stroke=\"").append(colour(stroke)).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append("\" points=\"").append(points(xy)).append("\"/>");
    }

    @Override
    public void polygons(List<double[]> rings, String fill, String stroke, double strokeWidth) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                d.append(i == 0 ? 'M' : 'L').append(n(ring[i])).append(',').append(n(ring[i + 1]));
            }
            d.append('Z');
        }
        body.append("<path fill-rule=\"evenodd\" fill=\"").append(colour(fill)).append("\" stroke=\"").append(colour(stroke))
                .append("\" stroke-width=\"").append(n(strokeWidth)).append("\" d=\"").append(d).append("\"/>");
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(colour(fill)).append("\" stroke=\"").append(colour(stroke)).append("\"/>");
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, String colour, boolean bold) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(colour(colour)).append('"');
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append('>').append(escape(text)).append("</text>");
    }

    @Override
    public double textWidth(String text, double size) {
        return TextWidths.estimate(text, size);
    }

    @Override
    public void beginLink(String href, String title) {
        body.append("<a href=\"").append(escape(href)).append("\"><title>").append(escape(title)).append("</title>");
    }

    @Override
    public void endLink() {
        body.append("</a>");
    }

    /** The finished SVG element, labelled for assistive technology. */
    public String toSvg(String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" font-family=\"" + Palette.FONT_FAMILY
                + "\"><title>" + escape(title) + "</title>" + body + "</svg>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String colour(String value) {
        if (value == null || value.equals("none")) {
            return "none";
        }
        if (!value.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colours are #rrggbb, got '" + value + "'");
        }
        return value;
    }

    private static String points(double[] xy) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return out.toString();
    }

    static String n(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
