package org.kirok.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.kirok.dashboard.ChartPanel;
import org.kirok.dashboard.DashboardResult;
import org.kirok.dashboard.Dashboards;
import org.kirok.dashboard.Dimension;
import org.kirok.dashboard.Facets;
import org.kirok.dashboard.Figure;
import org.kirok.dashboard.FigureCharts;
import org.kirok.dashboard.ResultMap;
import org.kirok.map.Boundaries;
import org.kirok.web.Messages;

/**
 * The portal's figures: one fixed set of tables over every act that is not restricted, each through the disclosure
 * gate. No filters are offered on purpose — differences between filtered tables are the classic way to recover a
 * suppressed cell — and charts carry no links into the records.
 */
public final class PublicStatistics {
    private static final List<Dimension> SHOWN = List.of(Dimension.ACT_TYPE, Dimension.PROVINCE, Dimension.PERPETRATOR,
            Dimension.SEX, Dimension.AGE);

    private final Dashboards dashboards;
    private final Boundaries boundaries;

    public PublicStatistics(Dashboards dashboards, Boundaries boundaries) {
        this.dashboards = dashboards;
        this.boundaries = boundaries;
    }

    /** The page's content. */
    public record StatisticsPage(OptionalLong total, List<ChartPanel> panels, String mapSvg, String hidden, int threshold) {
    }

    public OptionalLong total(String language) {
        return dashboards.forPublication(Facets.none(), language).total();
    }

    public StatisticsPage page(String language) {
        Messages messages = Messages.of(language);
        int threshold = dashboards.gate().threshold();
        String hidden = messages.t("dashboard.hidden", threshold);
        DashboardResult result = dashboards.forPublication(Facets.none(), language);
        List<ChartPanel> panels = new ArrayList<>();
        String yearTitle = messages.t(Dimension.YEAR.messageKey());
        panels.add(new ChartPanel("year", yearTitle, FigureCharts.yearsSvg(result.figures(Dimension.YEAR), Optional.empty(),
                "", f -> Optional.empty(), hidden, yearTitle), result.figures(Dimension.YEAR), ""));
        for (Dimension dimension : SHOWN) {
            String title = messages.t(dimension.messageKey());
            List<Figure> figures = result.figures(dimension).stream()
                    .filter(f -> f.count().isEmpty() || f.count().getAsLong() > 0).toList();
            panels.add(new ChartPanel(dimension.code(), title,
                    FigureCharts.barsSvg(figures, f -> Optional.empty(), hidden, title), figures, ""));
        }
        String map = ResultMap.svg(result, boundaries.all(), ResultMap.fitting(result), language, hidden,
                ResultMap.Links.none(), messages.t("dashboard.map"));
        return new StatisticsPage(result.total(), panels, map, hidden, threshold);
    }
}
