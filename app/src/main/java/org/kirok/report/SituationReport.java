package org.kirok.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.dashboard.ActSummary;
import org.kirok.dashboard.DashboardResult;
import org.kirok.dashboard.Dimension;
import org.kirok.dashboard.Figure;
import org.kirok.dashboard.FigureCharts;
import org.kirok.dashboard.ResultMap;
import org.kirok.map.Boundary;
import org.kirok.publish.Publication;
import org.kirok.web.Messages;

/**
 * Writes a situation report for a theme, period and place as a {@link Publication}: summary figures, charts, a map
 * and the cited cases by pseudonymous case code — every figure from a result that passed the disclosure gate, the
 * cases only non-restricted ones, with the year and province rather than the day and village.
 */
final class SituationReport {
    static final int MAX_CASES = 30;

    private final Messages messages;
    private final String language;
    private final String hidden;

    SituationReport(String language, int threshold) {
        this.language = language;
        this.messages = Messages.of(language);
        this.hidden = messages.t("dashboard.hidden", threshold);
    }

    Publication write(ReportRequest request, DashboardResult result, List<Boundary> boundaries, List<ActSummary> cases) {
        List<Publication.Block> blocks = new ArrayList<>();
        blocks.add(new Publication.Heading(1, messages.t("report.summary")));
        blocks.add(Publication.Paragraph.plain(messages.t("report.summary.total", Figure.text(result.total(), hidden),
                request.periodText(messages), request.placeLabel())));
        top(result, Dimension.ACT_TYPE).ifPresent(text -> blocks.add(Publication.Paragraph.plain(
                messages.t("report.summary.types", text))));
        top(result, Dimension.PERPETRATOR).ifPresent(text -> blocks.add(Publication.Paragraph.plain(
                messages.t("report.summary.perpetrators", text))));
        result.trend().ifPresent(trend -> blocks.add(Publication.Paragraph.plain(messages.t("report.summary.trend",
                trend.since().toString(), Figure.text(trend.sinceTotal(), hidden), trend.days(),
                Figure.text(trend.beforeTotal(), hidden)))));
        blocks.add(new Publication.Heading(1, messages.t("report.figures")));
        blocks.add(new Publication.Image(FigureCharts.yearsPng(result.figures(Dimension.YEAR), request.facets().since(),
                messages.t("dashboard.since.marker"), hidden), 440, messages.t("dashboard.facet.year")));
        for (Dimension dimension : List.of(Dimension.ACT_TYPE, Dimension.PROVINCE, Dimension.PERPETRATOR, Dimension.SEX,
                Dimension.AGE)) {
            List<Figure> figures = result.figures(dimension).stream()
                    .filter(f -> f.count().isEmpty() || f.count().getAsLong() > 0).toList();
            if (figures.isEmpty()) {
                continue;
            }
            String title = messages.t(dimension.messageKey());
            blocks.add(new Publication.Heading(2, title));
            blocks.add(new Publication.Image(FigureCharts.barsPng(figures, hidden), 440, title));
            blocks.add(new Publication.Table(List.of(title, messages.t("dashboard.count")),
                    figures.stream().map(f -> List.of(f.label(), f.text(hidden))).toList()));
        }
        blocks.add(new Publication.Heading(1, messages.t("dashboard.map")));
        blocks.add(new Publication.Image(ResultMap.png(result, boundaries, ResultMap.fitting(result), language, hidden), 440,
                messages.t("report.map.caption")));
        blocks.add(new Publication.Heading(1, messages.t("report.cases")));
        if (cases.isEmpty()) {
            blocks.add(Publication.Paragraph.plain(messages.t("report.cases.none")));
        } else {
            blocks.add(Publication.Paragraph.plain(messages.t("report.cases.note", cases.size())));
            blocks.add(new Publication.Table(List.of(messages.t("dashboard.acts.case"), messages.t("dashboard.facet.act-type"),
                    messages.t("report.year"), messages.t("dashboard.facet.province")),
                    cases.stream().map(c -> List.of(c.caseCode(), c.typeLabel(),
                            c.year().map(String::valueOf).orElse("—"), c.provinceLabel().isEmpty() ? "—" : c.provinceLabel())).toList()));
        }
        blocks.add(new Publication.Heading(1, messages.t("report.method")));
        blocks.add(Publication.Paragraph.plain(messages.t("report.method.text", hidden)));
        return new Publication(request.title(messages), Optional.of(messages.t("report.subtitle", LocalDate.now().toString())),
                language, blocks);
    }

    /** The three largest shown values of a facet, as "Torture (120), …". */
    private Optional<String> top(DashboardResult result, Dimension dimension) {
        List<String> parts = result.figures(dimension).stream().filter(f -> f.count().isPresent() && f.count().getAsLong() > 0)
                .filter(f -> !f.key().isEmpty()).limit(3).map(f -> f.label() + " (" + f.text(hidden) + ")").toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }
}
