package org.kirok.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.dashboard.AgeGroup;
import org.kirok.dashboard.Dashboards;
import org.kirok.person.PersonView;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RecordKind;
import org.kirok.security.User;

/**
 * Reads acts as dataset rows (the columns of {@link DataDictionary}), by id in batches, with the access policy in
 * the query: nothing here identifies a person — victims appear by pseudonymous code, and the victim's age group
 * stands in for the birth year.
 */
final class DatasetRows {
    private static final int BATCH = 1_000;
    private static final String SELECT = """
            SELECT a.id, a.case_code, t.code AS type_code, t.label_en, t.label_ko, a.date_start, a.date_end, a.date_precision,
                   a.place_id, coalesce(place_path(a.place_id, 'en'), '') AS place, pl.country_code, pl.latitude AS own_lat,
                   CASE WHEN a.place_id IS NULL THEN NULL ELSE place_located(a.place_id) END AS located,
                   a.victim_id, p.sex, p.birth_year, a.confidentiality,
                   coalesce((SELECT string_agg(o.name_en, ' | ' ORDER BY o.name_en) FROM involvement i JOIN organisation o
                             ON o.id = i.perpetrator_org_id WHERE i.act_id = a.id), '') AS perpetrators,
                   coalesce((SELECT string_agg(d.code, ' | ' ORDER BY o.name_en) FROM involvement i JOIN organisation o
                             ON o.id = i.perpetrator_org_id JOIN vocab_term d ON d.id = i.degree_id WHERE i.act_id = a.id), '') AS degrees,
                   (SELECT count(*) FROM information f WHERE f.act_id = a.id) AS sources,
                   coalesce((SELECT r.code FROM information f JOIN vocab_term r ON r.id = f.reliability_id
                             WHERE f.act_id = a.id ORDER BY r.sort_order LIMIT 1), '') AS reliability,
                   coalesce((SELECT coalesce(l.short_name, l.title_en) || ' art. ' || ar.number FROM law_article ar
                             JOIN law_version lv ON lv.id = ar.law_version_id JOIN law l ON l.id = lv.law_id
                             WHERE ar.id = a.legal_basis_id), '') AS legal_basis
            FROM act a JOIN vocab_term t ON t.id = a.act_type_id JOIN person p ON p.id = a.victim_id
            LEFT JOIN place pl ON pl.id = a.place_id""";

    private final Jdbi jdbi;
    private final AccessPolicy access;
    private final Dashboards dashboards;

    DatasetRows(Jdbi jdbi, AccessPolicy access, Dashboards dashboards) {
        this.jdbi = jdbi;
        this.access = access;
        this.dashboards = dashboards;
    }

    /** The rows of these acts that the user may see, in the order given. */
    List<Map<String, Object>> read(User user, List<UUID> ids) {
        String visible = access.visibleSql(user, "a", RecordKind.ACTS);
        List<Map<String, Object>> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<UUID, Map<String, Object>> rows = new LinkedHashMap<>();
            jdbi.useHandle(handle -> handle.createQuery(SELECT + " WHERE a.id = ANY(:ids) AND " + visible)
                    .bindArray("ids", UUID.class, batch)
                    .map((rs, ctx) -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        java.time.LocalDate start = rs.getObject("date_start", java.time.LocalDate.class);
                        java.time.LocalDate end = rs.getObject("date_end", java.time.LocalDate.class);
                        Integer year = start != null ? Integer.valueOf(start.getYear()) : end != null ? Integer.valueOf(end.getYear()) : null;
                        java.sql.Array located = rs.getArray("located");
                        Double[] position = located == null ? null : (Double[]) located.getArray();
                        UUID actId = rs.getObject("id", UUID.class);
                        row.put("case_code", rs.getString("case_code"));
                        row.put("act_type", rs.getString("type_code"));
                        row.put("act_type_en", rs.getString("label_en"));
                        row.put("act_type_ko", rs.getString("label_ko"));
                        row.put("date_start", start);
                        row.put("date_end", end);
                        row.put("date_precision", rs.getString("date_precision"));
                        row.put("year", year);
                        row.put("place", rs.getString("place"));
                        row.put("province", rs.getObject("place_id", UUID.class));
                        row.put("county", "");
                        row.put("country_code", rs.getString("country_code"));
                        row.put("latitude", position == null ? null : position[0]);
                        row.put("longitude", position == null ? null : position[1]);
                        row.put("located_by", position == null ? null : rs.getObject("own_lat") != null ? "place" : "parent");
                        row.put("victim_code", PersonView.codeOf(rs.getObject("victim_id", UUID.class)));
                        row.put("victim_sex", rs.getString("sex"));
                        int birth = rs.getInt("birth_year");
                        row.put("victim_age_group", AgeGroup.at(rs.wasNull() ? 0 : birth, year == null ? 0 : year).code());
                        row.put("perpetrators", rs.getString("perpetrators"));
                        row.put("perpetrator_degrees", rs.getString("degrees"));
                        row.put("sources", rs.getLong("sources"));
                        row.put("reliability", rs.getString("reliability"));
                        row.put("legal_basis", rs.getString("legal_basis"));
                        row.put("confidentiality", rs.getString("confidentiality"));
                        return Map.entry(actId, row);
                    })
                    .forEach(e -> rows.put(e.getKey(), e.getValue())));
            // the province and county come from the dashboard's place hierarchy, one lookup per batch
            Map<UUID, String[]> units = dashboards.units(rows.values().stream().map(r -> r.get("province"))
                    .filter(java.util.Objects::nonNull).map(UUID.class::cast).distinct().toList(), "en");
            for (Map<String, Object> row : rows.values()) {
                String[] unit = row.get("province") == null ? new String[] {"", ""}
                        : units.getOrDefault((UUID) row.get("province"), new String[] {"", ""});
                row.put("province", unit[0]);
                row.put("county", unit[1]);
            }
            batch.stream().map(rows::get).filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }
}
