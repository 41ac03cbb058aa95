package org.kirok.chart;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart: long category names (act types, provinces, in Hangul or Latin) read best beside the bars.
 * A count the disclosure gate hid is drawn as a grey stub marked with {@code suppressedText}, never as a length.
 */
public final class BarChart {
    private static final double ROW = 24;
    private static final double TOP = 8;
    private static final double FONT = 12;

    private final List<Bar> bars;
    private final String suppressedText;

    public BarChart(List<Bar> bars, String suppressedText) {
        this.bars = List.copyOf(bars);
        this.suppressedText = suppressedText;
    }

    public static int heightFor(int bars) {
        return (int) Math.ceil(TOP * 2 + Math.max(1, bars) * ROW);
    }

    public void draw(Canvas canvas) {
        long max = bars.stream().filter(b -> b.value().isPresent()).mapToLong(b -> b.value().getAsLong()).max().orElse(1);
        double labelWidth = Math.min(canvas.width() * 0.42,
                bars.stream().mapToDouble(b -> canvas.textWidth(b.label(), FONT)).max().orElse(40) + 16);
        double valueRoom = canvas.textWidth(String.format(Locale.ROOT, "%,d", max), FONT) + 14;
        double plotWidth = Math.max(20, canvas.width() - labelWidth - valueRoom - 8);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            bar.href().ifPresent(href -> canvas.beginLink(href, bar.label()));
            canvas.text(labelWidth - 8, y + ROW * 0.68, clip(canvas, bar.label(), labelWidth - 9), FONT,
                    Canvas.Anchor.END, Palette.INK, false);
            if (bar.value().isPresent()) {
                long value = bar.value().getAsLong();
                double length = max == 0 ? 0 : plotWidth * value / max;
                canvas.rect(labelWidth, y + 4, Math.max(value > 0 ? 1.5 : 0, length), ROW - 8, Palette.ACCENT);
                canvas.text(labelWidth + length + 5, y + ROW * 0.68, String.format(Locale.ROOT, "%,d", value), FONT,
                        Canvas.Anchor.START, Palette.MUTED, false);
            } else {
                canvas.rect(labelWidth, y + 4, 6, ROW - 8, Palette.SUPPRESSED);
                canvas.text(labelWidth + 11, y + ROW * 0.68, suppressedText, FONT, Canvas.Anchor.START, Palette.MUTED, false);
            }
            if (bar.href().isPresent()) {
                canvas.endLink();
            }
        }
        canvas.line(labelWidth, TOP, labelWidth, TOP + bars.size() * ROW, Palette.LINE, 1);
    }

    /** Shortens a label that would not fit, with an ellipsis. */
    static String clip(Canvas canvas, String text, double room) {
        if (canvas.textWidth(text, FONT) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && canvas.textWidth(cut + "…", FONT) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
