package org.kirok.chart;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Columns over time (one per year or per month) with a y axis at nice numbers and, optionally, a dashed marker
 * before the column where a chosen period starts ("since the last review"), columns after it in a stronger colour.
 */
public final class ColumnChart {
    private static final double LEFT = 48;
    private static final double BOTTOM = 26;
    private static final double TOP = 22;
    private static final double FONT = 11;

    private final List<Bar> columns;
    private final Optional<Integer> markerBefore;
    private final String markerLabel;
    private final String suppressedText;

    public ColumnChart(List<Bar> columns, Optional<Integer> markerBefore, String markerLabel, String suppressedText) {
        this.columns = List.copyOf(columns);
        this.markerBefore = markerBefore;
        this.markerLabel = markerLabel;
        this.suppressedText = suppressedText;
    }

    public void draw(Canvas canvas) {
        double plotWidth = canvas.width() - LEFT - 10;
        double plotHeight = canvas.height() - TOP - BOTTOM;
        long max = columns.stream().filter(b -> b.value().isPresent()).mapToLong(b -> b.value().getAsLong()).max().orElse(1);
        NiceScale scale = new NiceScale(max, 5);
        for (double tick = 0; tick <= scale.max + 1e-9; tick += scale.step) {
            double y = TOP + plotHeight - plotHeight * tick / scale.max;
            canvas.line(LEFT, y, LEFT + plotWidth, y, tick == 0 ? Palette.MUTED : Palette.LINE, 1);
            canvas.text(LEFT - 6, y + 4, String.format(Locale.ROOT, "%,d", (long) tick), FONT, Canvas.Anchor.END,
                    Palette.MUTED, false);
        }
        int n = Math.max(1, columns.size());
        double slot = plotWidth / n;
        int labelEvery = Math.max(1, (int) Math.ceil(n / (plotWidth / 42)));
        for (int i = 0; i < columns.size(); i++) {
            Bar column = columns.get(i);
            double x = LEFT + i * slot;
            boolean after = markerBefore.isEmpty() || i >= markerBefore.get();
            column.href().ifPresent(href -> canvas.beginLink(href, column.label()));
            if (column.value().isPresent()) {
                double h = plotHeight * column.value().getAsLong() / scale.max;
                canvas.rect(x + slot * 0.15, TOP + plotHeight - h, slot * 0.7, h, after ? Palette.ACCENT : Palette.ACCENT_LIGHT);
            } else {
                canvas.rect(x + slot * 0.15, TOP + plotHeight - 4, slot * 0.7, 4, Palette.SUPPRESSED);
                if (slot > 18) {
                    canvas.text(x + slot / 2, TOP + plotHeight - 8, suppressedText, FONT - 2, Canvas.Anchor.MIDDLE,
                            Palette.MUTED, false);
                }
            }
            if (column.href().isPresent()) {
                canvas.endLink();
            }
            if (i % labelEvery == 0) {
                canvas.text(x + slot / 2, TOP + plotHeight + 16, column.label(), FONT, Canvas.Anchor.MIDDLE, Palette.MUTED, false);
            }
        }
        markerBefore.filter(m -> m > 0 && m <= columns.size()).ifPresent(m -> {
            double x = LEFT + m * slot;
            for (double y = TOP - 4; y < TOP + plotHeight; y += 8) {
                canvas.line(x, y, x, Math.min(y + 4, TOP + plotHeight), Palette.WARN, 1.5);
            }
            canvas.text(Math.min(x + 4, canvas.width() - 4), TOP - 8, markerLabel, FONT,
                    x + 4 + canvas.textWidth(markerLabel, FONT) > canvas.width() ? Canvas.Anchor.END : Canvas.Anchor.START,
                    Palette.WARN, true);
        });
    }
}
