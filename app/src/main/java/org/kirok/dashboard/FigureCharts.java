package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kirok.chart.Bar;
import org.kirok.chart.BarChart;
import org.kirok.chart.ColumnChart;
import org.kirok.chart.RasterCanvas;
import org.kirok.chart.SvgCanvas;

/**
 * Draws figures as charts — bars for categories, columns for years with the trend date marked — as SVG for pages
 * (bars link to the dashboard filtered to them) or PNG for documents. Stateless.
 */
public final class FigureCharts {
    public static final int WIDTH = 560;
    private static final int MAX_BARS = 25;
    private static final double PRINT_SCALE = 2.5;

    private FigureCharts() {
    }

    public static String barsSvg(List<Figure> figures, Function<Figure, Optional<String>> href, String hiddenText, String title) {
        List<Bar> bars = bars(figures, href);
        SvgCanvas canvas = new SvgCanvas(WIDTH, BarChart.heightFor(bars.size()));
        new BarChart(bars, hiddenText).draw(canvas);
        return canvas.toSvg(title);
    }

    public static byte[] barsPng(List<Figure> figures, String hiddenText) {
        List<Bar> bars = bars(figures, f -> Optional.empty());
        RasterCanvas canvas = new RasterCanvas(WIDTH, BarChart.heightFor(bars.size()), PRINT_SCALE);
        new BarChart(bars, hiddenText).draw(canvas);
        return canvas.toPng();
    }

    public static String yearsSvg(List<Figure> years, Optional<LocalDate> since, String sinceLabel,
                                  Function<Figure, Optional<String>> href, String hiddenText, String title) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, 240);
        columns(years, since, sinceLabel, href, hiddenText).draw(canvas);
        return canvas.toSvg(title);
    }

    public static byte[] yearsPng(List<Figure> years, Optional<LocalDate> since, String sinceLabel, String hiddenText) {
        RasterCanvas canvas = new RasterCanvas(WIDTH, 240, PRINT_SCALE);
        columns(years, since, sinceLabel, f -> Optional.empty(), hiddenText).draw(canvas);
        return canvas.toPng();
    }

    private static ColumnChart columns(List<Figure> years, Optional<LocalDate> since, String sinceLabel,
                                       Function<Figure, Optional<String>> href, String hiddenText) {
        List<Figure> dated = years.stream().filter(f -> !f.key().isEmpty()).toList();
        Optional<Integer> marker = since.map(date -> {
            for (int i = 0; i < dated.size(); i++) {
                if (Integer.parseInt(dated.get(i).key()) >= date.getYear()) {
                    return i;
                }
            }
            return dated.size();
        });
        List<Bar> columns = dated.stream().map(f -> new Bar(f.label(), f.count(), href.apply(f))).toList();
        return new ColumnChart(columns, marker, sinceLabel, hiddenText);
    }

    private static List<Bar> bars(List<Figure> figures, Function<Figure, Optional<String>> href) {
        return figures.stream().limit(MAX_BARS).map(f -> new Bar(f.label(), f.count(),
                f.key().isEmpty() ? Optional.empty() : href.apply(f))).toList();
    }

}
