package org.kirok.dashboard;

import java.util.List;

/** One chart on a page: its facet, title, the SVG, the figures behind it (its table) and its CSV download. */
public record ChartPanel(String id, String title, String svg, List<Figure> figures, String csvHref) {
    public ChartPanel {
        figures = List.copyOf(figures);
    }
}
