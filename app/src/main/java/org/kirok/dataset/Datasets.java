package org.kirok.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.dashboard.DashboardResult;
import org.kirok.dashboard.Dashboards;
import org.kirok.dashboard.Dimension;
import org.kirok.dashboard.Facets;
import org.kirok.dashboard.Figure;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.Page;
import org.kirok.web.Spreadsheet;

/**
 * Data for analysts: one row per act (long format for R), as CSV, XLSX, GeoJSON or JSON pages, filtered by the
 * dashboard's facets and limited to what the user may see; and counts per facet value through the disclosure gate,
 * the form in which figures may leave the organisation (to partners, to the public). Every export is audited with
 * its facets and row count. Thread-safe.
 */
public final class Datasets {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Dashboards dashboards;
    private final DatasetRows rows;

    public Datasets(Jdbi jdbi, AccessPolicy access, AuditLog audit, Dashboards dashboards) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.dashboards = dashboards;
        this.rows = new DatasetRows(jdbi, access, dashboards);
    }

    /** Counts below this are hidden in gated output. */
    public int threshold() {
        return dashboards.gate().threshold();
    }

    public byte[] table(User user, Facets facets, Spreadsheet.Format format) {
        List<Map<String, Object>> all = rows.read(user, dashboards.matchingActs(user, facets));
        audited(user, facets, format.name().toLowerCase(java.util.Locale.ROOT), all.size());
        List<List<String>> cells = new ArrayList<>(all.size());
        for (Map<String, Object> row : all) {
            cells.add(DataDictionary.names().stream().map(name -> row.get(name) == null ? "" : String.valueOf(row.get(name))).toList());
        }
        return new Spreadsheet("acts", DataDictionary.names(), cells).write(format);
    }

    public byte[] geoJson(User user, Facets facets) {
        List<Map<String, Object>> all = rows.read(user, dashboards.matchingActs(user, facets));
        audited(user, facets, "geojson", all.size());
        return GeoJsonWriter.write(all);
    }

    public Page<Map<String, Object>> page(User user, Facets facets, int number, int size) {
        List<UUID> ids = dashboards.matchingActs(user, facets);
        int from = Math.min(ids.size(), (number - 1) * size);
        List<Map<String, Object>> items = rows.read(user, ids.subList(from, Math.min(ids.size(), from + size)));
        audited(user, facets, "json", items.size());
        return new Page<>(items, number, size, ids.size());
    }

    /** Counts per facet value, gated: what may be handed to partners or published. */
    public List<Map<String, Object>> counts(User user, Facets facets, String language) {
        DashboardResult result = dashboards.forUser(user, facets, language, true);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            for (Figure figure : result.figures(dimension)) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("facet", dimension.code());
                row.put("value", figure.key());
                row.put("label", figure.label());
                row.put("count", figure.count().isPresent() ? figure.count().getAsLong() : null);
                row.put("suppressed", figure.count().isEmpty());
                out.add(row);
            }
        }
        audited(user, facets, "counts", out.size());
        return out;
    }

    public byte[] countsCsv(User user, Facets facets, String language) {
        List<List<String>> cells = counts(user, facets, language).stream().map(row -> row.values().stream()
                .map(v -> v == null ? "" : String.valueOf(v)).toList()).toList();
        return new Spreadsheet("counts", List.of("facet", "value", "label", "count", "suppressed"), cells)
                .write(Spreadsheet.Format.CSV);
    }

    public byte[] dictionaryCsv() {
        return new Spreadsheet("dictionary", List.of("column", "type", "meaning_en", "meaning_ko"),
                DataDictionary.COLUMNS.stream().map(c -> List.of(c.name(), c.type(), c.en(), c.ko())).toList())
                .write(Spreadsheet.Format.CSV);
    }

    private void audited(User user, Facets facets, String format, int count) {
        Map<String, Object> detail = new java.util.HashMap<>(facets.params());
        detail.put("format", format);
        detail.put("rows", count);
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "dataset.export", detail));
    }
}
