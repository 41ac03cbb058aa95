package org.kirok.analysis.estimation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The methods compared, drawn server-side as SVG (the strict content security policy allows no script and no
 * inline style, so the picture is plain elements with presentation attributes): one line per method from the low
 * to the high end of its interval, a dot at the estimate, and a dashed line at the number observed — the floor no
 * estimate may go below. An interval the data leave open on the high side runs off the right edge as an arrow.
 */
final class EstimateChart {
    static final int WIDTH = 720;
    static final int LABEL = 170;
    static final int ROW = 34;
    static final int TOP = 30;

    private EstimateChart() {
    }

    /**
     * @param labels   each result's caption (by key)
     * @param observed the observed count when the viewer may see it (it is also the scale's reference)
     */
    static String svg(List<MethodResult> results, Function<String, String> labels, Optional<Long> observed,
                      String observedCaption) {
        List<MethodResult> drawn = results.stream().filter(result -> result.estimate().isPresent()).toList();
        int height = TOP + Math.max(1, drawn.size()) * ROW + 30;
        double top = drawn.stream().mapToDouble(result -> result.interval().flatMap(MethodResult.IntervalView::high)
                .orElse(result.estimate().get() * 1.5)).max().orElse(observed.orElse(1L));
        top = Math.max(top, observed.orElse(0L)) * 1.08;
        double max = niceCeiling(Math.max(top, 1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        int right = WIDTH - 20;
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double x = x(value, max, right);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>",
                    x, TOP - 8, x, height - 24));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%s</text>",
                    x, height - 8, number(value)));
        }
        observed.ifPresent(count -> {
            double x = x(count, max, right);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b03a2e\" "
                    + "stroke-dasharray=\"4 3\"/>", x, TOP - 14, x, height - 24));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#b03a2e\">%s %s</text>", x + 4, TOP - 16,
                    escape(observedCaption), number(count)));
        });
        for (int i = 0; i < drawn.size(); i++) {
            MethodResult result = drawn.get(i);
            int y = TOP + i * ROW + ROW / 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\" fill=\"#222222\">%s</text>", y + 4,
                    escape(labels.apply(result.key()))));
            result.interval().ifPresent(interval -> {
                double low = x(interval.low(), max, right);
                double high = interval.high().map(h -> x(h, max, right)).orElse((double) right);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1f4e79\" "
                        + "stroke-width=\"3\"/>", low, y, high, y));
                if (interval.high().isEmpty()) {
                    svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d l-8 -5 v10 z\" fill=\"#1f4e79\"/>", right, y));
                }
            });
            double at = x(result.estimate().get(), max, right);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"#ffffff\" stroke=\"#1f4e79\" "
                    + "stroke-width=\"2\"/>", at, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#1f4e79\">%s</text>",
                    at, y - 9, number(result.estimate().get())));
        }
        if (drawn.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555555\">—</text>", LABEL, TOP + ROW / 2));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(double value, double max, int right) {
        return LABEL + (right - LABEL) * Math.min(1, Math.max(0, value / max));
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above the value. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
