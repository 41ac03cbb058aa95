package org.kirok.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.kirok.publish.KoreanFont;

/**
 * Draws PNG for documents with Java2D, headless, at a scale factor for print, with the Korean TrueType font that the
 * PDFs embed (so Hangul labels render instead of empty boxes). Not thread-safe.
 */
public final class RasterCanvas implements Canvas {
    private static volatile Font baseFont;

    private final int width;
    private final int height;
    private final BufferedImage image;
    private final Graphics2D graphics;

    public RasterCanvas(int width, int height, double scale) {
        if (width < 1 || height < 1 || scale <= 0 || scale > 8) {
            throw new IllegalArgumentException("bad raster size " + width + "×" + height + " at scale " + scale);
        }
        this.width = width;
        this.height = height;
        this.image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
        this.graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.scale(scale, scale);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
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
        graphics.setColor(colour(fill));
        graphics.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        graphics.setColor(colour(stroke));
        graphics.setStroke(new BasicStroke((float) strokeWidth));
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xy, String stroke, double strokeWidth) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i == 0) {
                path.moveTo(xy[i], xy[i + 1]);
            } else {
                path.lineTo(xy[i], xy[i + 1]);
            }
        }
        graphics.setColor(colour(stroke));
        graphics.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(path);
    }

    @Override
    public void polygons(List<double[]> rings, String fill, String stroke, double strokeWidth) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                if (i == 0) {
                    path.moveTo(ring[i], ring[i + 1]);
                } else {
                    path.lineTo(ring[i], ring[i + 1]);
                }
            }
            path.closePath();
        }
        if (fill != null && !fill.equals("none")) {
            graphics.setColor(colour(fill));
            graphics.fill(path);
        }
        if (stroke != null && !stroke.equals("none")) {
            graphics.setColor(colour(stroke));
            graphics.setStroke(new BasicStroke((float) strokeWidth));
            graphics.draw(path);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
        Ellipse2D.Double shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (fill != null && !fill.equals("none")) {
            graphics.setColor(colour(fill));
            graphics.fill(shape);
        }
        if (stroke != null && !stroke.equals("none")) {
            graphics.setColor(colour(stroke));
            graphics.setStroke(new BasicStroke(1f));
            graphics.draw(shape);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, String colour, boolean bold) {
        Font font = font(size, bold);
        graphics.setFont(font);
        graphics.setColor(colour(colour));
        double w = graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
        double start = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - w / 2;
            case END -> x - w;
        };
        graphics.drawString(text, (float) start, (float) y);
    }

    @Override
    public double textWidth(String text, double size) {
        graphics.setFont(font(size, false));
        return graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
    }

    @Override
    public void beginLink(String href, String title) {
        // documents have no links
    }

    @Override
    public void endLink() {
        // documents have no links
    }

    public byte[] toPng() {
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        }
    }

    private static Font font(double size, boolean bold) {
        Font base = baseFont;
        if (base == null) {
            synchronized (RasterCanvas.class) {
                if (baseFont == null) {
                    try {
                        baseFont = Font.createFont(Font.TRUETYPE_FONT, KoreanFont.path().toFile());
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("cannot read the Korean font " + KoreanFont.path() + ": "
                                + e.getMessage(), e);
                    }
                }
                base = baseFont;
            }
        }
        return base.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
    }

    private static Color colour(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colours are #rrggbb, got '" + hex + "'");
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
