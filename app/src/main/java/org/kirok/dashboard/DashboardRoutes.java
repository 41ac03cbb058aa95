package org.kirok.dashboard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kirok.map.Boundaries;
import org.kirok.map.Extent;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Page;
import org.kirok.web.Spreadsheet;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The dashboard: counts by act type, period, province and county, perpetrator, victim sex and age group, the trend
 * since a chosen date, the map; every chart with its table one click away and a CSV download; every bar and map
 * point a link to the records behind it (those the user may see).
 */
public final class DashboardRoutes implements Feature {
    private static final List<Dimension> CHARTED = List.of(Dimension.ACT_TYPE, Dimension.PROVINCE, Dimension.COUNTY,
            Dimension.PERPETRATOR, Dimension.SEX, Dimension.AGE);

    private final Dashboards dashboards;
    private final ActSummaries summaries;
    private final Boundaries boundaries;
    private final Templates templates;

    public DashboardRoutes(Dashboards dashboards, ActSummaries summaries, Boundaries boundaries, Templates templates) {
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.boundaries = boundaries;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/dashboard", Permission.READ_RECORDS, "Dashboard: counts, trend and map by facet", this::page);
        router.get("/dashboard/acts", Permission.READ_RECORDS, "The acts behind a dashboard figure", this::acts);
        router.get("/dashboard/figures/{file}", Permission.READ_RECORDS,
                "A dashboard figure as CSV (act-type.csv, year.csv, … or all.csv)", this::csv);
    }

    private void page(Context ctx) {
        User user = CurrentUser.of(ctx);
        String language = Templates.language(ctx);
        Messages messages = Messages.of(language);
        Facets facets = Facets.of(ctx);
        boolean published = "1".equals(ctx.queryParam("published"));
        DashboardResult result = dashboards.forUser(user, facets, language, published);
        String hidden = messages.t("dashboard.hidden", dashboards.gate().threshold());
        String suffix = published ? "&published=1" : "";
        List<ChartPanel> panels = new ArrayList<>();
        panels.add(new ChartPanel("year", messages.t(Dimension.YEAR.messageKey()),
                FigureCharts.yearsSvg(result.figures(Dimension.YEAR), facets.since(), messages.t("dashboard.since.marker"),
                        f -> Optional.of("/dashboard?" + yearQuery(facets, f.key()) + suffix), hidden,
                        messages.t(Dimension.YEAR.messageKey())),
                result.figures(Dimension.YEAR), "/dashboard/figures/year.csv?" + facets.query() + suffix));
        for (Dimension dimension : CHARTED) {
            List<Figure> figures = result.figures(dimension);
            if (dimension == Dimension.COUNTY && facets.place().isEmpty()) {
                continue; // counties mean something once a province is chosen
            }
            String title = messages.t(dimension.messageKey());
            panels.add(new ChartPanel(dimension.code(), title, FigureCharts.barsSvg(figures,
                    f -> Optional.of("/dashboard?" + facets.queryWith(dimension.parameter(), Optional.of(f.key())) + suffix),
                    hidden, title), figures, "/dashboard/figures/" + dimension.code() + ".csv?" + facets.query() + suffix));
        }
        Extent view = Extent.parse(ctx.queryParam("view"), "view").orElse(Extent.KOREA_AND_BORDER);
        String mapSvg = ResultMap.svg(result, boundaries.all(), view, language, hidden, new ResultMap.Links(
                place -> Optional.of("/dashboard/acts?" + facets.queryWith("place", Optional.of(place.id().toString()))),
                extent -> "/dashboard?" + facets.query() + suffix + "&view=" + extent.text() + "#map"),
                messages.t("dashboard.map"));
        Map<String, Object> model = new HashMap<>();
        model.put("facets", facets);
        model.put("result", result);
        model.put("published", published);
        model.put("partner", Dashboards.mustBeGated(user));
        model.put("options", dashboards.options(language, facets.place()));
        model.put("panels", panels);
        model.put("mapSvg", mapSvg);
        model.put("view", view.text());
        model.put("allView", ResultMap.fitting(result).text());
        model.put("threshold", dashboards.gate().threshold());
        templates.render(ctx, "dashboard/dashboard.jte", model);
    }

    /** A year bar selects that one year as the period. */
    private static String yearQuery(Facets facets, String year) {
        Facets one = new Facets(facets.actType(), Optional.of(Integer.parseInt(year)), Optional.of(Integer.parseInt(year)),
                facets.place(), facets.perpetrator(), facets.sex(), facets.age(), facets.since());
        return one.query();
    }

    private void acts(Context ctx) {
        User user = CurrentUser.of(ctx);
        String language = Templates.language(ctx);
        Facets facets = Facets.of(ctx);
        List<java.util.UUID> ids = dashboards.matchingActs(user, facets);
        int size = Page.size(ctx.queryParam("size"));
        int number = Page.number(ctx.queryParam("page"));
        int from = Math.min(ids.size(), (number - 1) * size);
        List<ActSummary> rows = summaries.forUser(user, ids.subList(from, Math.min(ids.size(), from + size)), language);
        Map<String, Object> model = new HashMap<>();
        model.put("facets", facets);
        model.put("list", new Page<>(rows, number, size, ids.size()));
        model.put("baseQuery", facets.query().isEmpty() ? "" : facets.query() + "&");
        templates.render(ctx, "dashboard/acts.jte", model);
    }

    private void csv(Context ctx) {
        User user = CurrentUser.of(ctx);
        String file = ctx.pathParam("file");
        if (!file.endsWith(".csv")) {
            throw new org.kirok.store.NotFoundException("figure " + file);
        }
        String name = file.substring(0, file.length() - 4);
        String language = Templates.language(ctx);
        Facets facets = Facets.of(ctx);
        boolean published = "1".equals(ctx.queryParam("published"));
        DashboardResult result = dashboards.forUser(user, facets, language, published);
        List<Dimension> wanted = name.equals("all") ? List.of(Dimension.values()) : List.of(Dimension.parse(name));
        List<List<String>> rows = new ArrayList<>();
        for (Dimension dimension : wanted) {
            for (Figure figure : result.figures(dimension)) {
                rows.add(List.of(dimension.code(), figure.key(), figure.label(),
                        figure.count().isPresent() ? Long.toString(figure.count().getAsLong()) : "",
                        figure.count().isPresent() ? "false" : "true"));
            }
        }
        ctx.header("Content-Disposition", "attachment; filename=\"kirok-" + name.toLowerCase(Locale.ROOT) + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(new Spreadsheet(name, List.of("facet", "value", "label", "count", "suppressed"), rows)
                .write(Spreadsheet.Format.CSV));
    }
}
