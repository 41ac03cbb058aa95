package org.kirok.dataset;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kirok.dashboard.Facets;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.web.Spreadsheet;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The datasets page and downloads — acts.csv/.xlsx/.geojson, counts.csv (gated), dictionary.csv — and the same
 * through {@code /api/v1/datasets/…} as JSON. The dashboard's facets in the query string filter every one of them.
 */
public final class DatasetRoutes implements Feature {
    private static final String CSV = "text/csv; charset=utf-8";

    private final Datasets datasets;
    private final Templates templates;

    public DatasetRoutes(Datasets datasets, Templates templates) {
        this.datasets = datasets;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/datasets", Permission.EXPORT, "Datasets for R and QGIS, with the data dictionary", this::page);
        router.get("/datasets/counts.csv", Permission.READ_RECORDS, "Counts per facet value through the disclosure gate (CSV)",
                ctx -> download(ctx, "kirok-counts.csv", CSV, datasets.countsCsv(CurrentUser.of(ctx), Facets.of(ctx),
                        Templates.language(ctx))));
        router.get("/datasets/{file}", Permission.EXPORT, "acts.csv, acts.xlsx, acts.geojson or dictionary.csv", this::file);
        router.get("/api/v1/datasets/acts", Permission.EXPORT,
                "Acts as dataset rows (dashboard facets; page, size ≤ 500)", this::jsonPage);
        router.get("/api/v1/datasets/acts.geojson", Permission.EXPORT, "Acts as a GeoJSON FeatureCollection",
                ctx -> download(ctx, "kirok-acts.geojson", "application/geo+json", datasets.geoJson(CurrentUser.of(ctx), Facets.of(ctx))));
        router.get("/api/v1/datasets/counts", Permission.READ_RECORDS, "Counts per facet value, disclosure-gated",
                ctx -> ctx.json(Map.of("threshold", datasets.threshold(), "counts", datasets.counts(CurrentUser.of(ctx), Facets.of(ctx),
                        Templates.language(ctx)))));
        router.get("/api/v1/datasets/dictionary", Permission.READ_RECORDS, "The data dictionary of the act dataset",
                ctx -> ctx.json(Map.of("columns", DataDictionary.COLUMNS)));
    }

    private void page(Context ctx) {
        Facets facets = Facets.of(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("facets", facets);
        model.put("query", facets.query());
        model.put("columns", DataDictionary.COLUMNS);
        templates.render(ctx, "dataset/datasets.jte", model);
    }

    private void file(Context ctx) {
        User user = CurrentUser.of(ctx);
        Facets facets = Facets.of(ctx);
        switch (ctx.pathParam("file")) {
            case "acts.csv" -> download(ctx, "kirok-acts.csv", CSV, datasets.table(user, facets, Spreadsheet.Format.CSV));
            case "acts.xlsx" -> download(ctx, "kirok-acts.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", datasets.table(user, facets, Spreadsheet.Format.XLSX));
            case "acts.geojson" -> download(ctx, "kirok-acts.geojson", "application/geo+json", datasets.geoJson(user, facets));
            case "dictionary.csv" -> download(ctx, "kirok-dictionary.csv", CSV, datasets.dictionaryCsv());
            default -> throw new NotFoundException("dataset " + ctx.pathParam("file"));
        }
    }

    private void jsonPage(Context ctx) {
        Page<Map<String, Object>> page = datasets.page(CurrentUser.of(ctx), Facets.of(ctx), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", page.total());
        json.put("page", page.number());
        json.put("size", page.size());
        json.put("dictionary", "/api/v1/datasets/dictionary");
        json.put("items", page.items());
        ctx.json(json);
    }

    private static void download(Context ctx, String name, String type, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type);
        ctx.result(bytes);
    }
}
