package org.kirok.upr;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL that reads the register: filtered lists, one recommendation, and the counts of a review. */
final class RecommendationStore {
    private static final String SELECT = """
            SELECT r.id, r.external_id, r.source, r.state_code, r.session, s.cycle, r.text, r.recommending, r.response,
                   r.response_raw, r.action_category, r.category_source, r.issues, r.extra_themes,
                   ARRAY(SELECT DISTINCT ti.theme_code FROM upr_theme_issue ti WHERE ti.issue_code = ANY(r.issues)
                         UNION SELECT unnest(r.extra_themes)) AS themes,
                   r.document_symbol, r.affected_persons, r.source_row, r.version
            FROM upr_recommendation r JOIN upr_session s ON s.number = r.session""";

    List<Recommendation> list(Handle handle, RecommendationFilter filter, int offset, int limit) {
        Query query = handle.createQuery(SELECT + " WHERE " + where(filter)
                + " ORDER BY r.session DESC, r.state_code, r.external_id LIMIT :limit OFFSET :offset");
        return bind(query, filter).bind("limit", limit).bind("offset", offset).map(RecommendationStore::map).list();
    }

    long count(Handle handle, RecommendationFilter filter) {
        Query query = handle.createQuery("SELECT count(*) FROM upr_recommendation r JOIN upr_session s "
                + "ON s.number = r.session WHERE " + where(filter));
        return bind(query, filter).mapTo(Long.class).one();
    }

    Optional<Recommendation> one(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE r.id = :id").bind("id", id).map(RecommendationStore::map).findOne();
    }

    Optional<Recommendation> byExternalId(Handle handle, String externalId) {
        return handle.createQuery(SELECT + " WHERE r.external_id = :x").bind("x", externalId)
                .map(RecommendationStore::map).findOne();
    }

    /** Counts of the recommendations the filter selects: totals, by category, issue, recommending state, group. */
    UprStats stats(Handle handle, RecommendationFilter filter) {
        String from = " FROM upr_recommendation r JOIN upr_session s ON s.number = r.session";
        String where = " WHERE " + where(filter);
        long[] totals = bind(handle.createQuery("SELECT count(*), count(*) FILTER (WHERE r.response = 'supported'), "
                + "count(*) FILTER (WHERE r.response = 'noted')" + from + where), filter)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one();
        return new UprStats(totals[0], totals[1], totals[2], totals[0] - totals[1] - totals[2],
                counts(handle, "SELECT r.action_category::text, count(*)" + from + where
                        + " AND r.action_category IS NOT NULL GROUP BY 1 ORDER BY 1", filter),
                counts(handle, "SELECT i, count(*)" + from + ", unnest(r.issues) i" + where
                        + " GROUP BY 1 ORDER BY 2 DESC, 1", filter),
                counts(handle, "SELECT c, count(*)" + from + ", unnest(r.recommending) c" + where
                        + " GROUP BY 1 ORDER BY 2 DESC, 1", filter),
                counts(handle, "SELECT coalesce(g.regional_group, 'unknown'), count(*)" + from
                        + ", unnest(r.recommending) c LEFT JOIN upr_state g ON g.code = c" + where
                        + " GROUP BY 1 ORDER BY 2 DESC, 1", filter));
    }

    private static Map<String, Long> counts(Handle handle, String sql, RecommendationFilter filter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        bind(handle.createQuery(sql), filter).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static String where(RecommendationFilter filter) {
        StringBuilder where = new StringBuilder("TRUE");
        filter.state().ifPresent(v -> where.append(" AND r.state_code = :state"));
        filter.session().ifPresent(v -> where.append(" AND r.session = :session"));
        filter.cycle().ifPresent(v -> where.append(" AND s.cycle = :cycle"));
        filter.response().ifPresent(v -> where.append(" AND r.response = :response"));
        filter.category().ifPresent(v -> where.append(" AND r.action_category = :category"));
        filter.issue().ifPresent(v -> where.append(" AND r.issues @> ARRAY[:issue]::text[]"));
        filter.theme().ifPresent(v -> where.append(" AND (r.extra_themes @> ARRAY[:theme]::text[] OR r.issues && "
                + "ARRAY(SELECT issue_code FROM upr_theme_issue WHERE theme_code = :theme))"));
        filter.recommending().ifPresent(v -> where.append(" AND r.recommending @> ARRAY[:recommending]::text[]"));
        filter.text().ifPresent(v -> where.append(" AND r.text ILIKE :like"));
        return where.toString();
    }

    private static Query bind(Query query, RecommendationFilter filter) {
        filter.state().ifPresent(v -> query.bind("state", v));
        filter.session().ifPresent(v -> query.bind("session", v));
        filter.cycle().ifPresent(v -> query.bind("cycle", v));
        filter.response().ifPresent(v -> query.bind("response", v.code()));
        filter.category().ifPresent(v -> query.bind("category", v.shortValue()));
        filter.issue().ifPresent(v -> query.bind("issue", v));
        filter.theme().ifPresent(v -> query.bind("theme", v));
        filter.recommending().ifPresent(v -> query.bind("recommending", v));
        filter.text().ifPresent(v -> query.bind("like", "%" + v.replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%"));
        return query;
    }

    static Recommendation map(ResultSet rs, StatementContext ctx) throws SQLException {
        short category = rs.getShort("action_category");
        Optional<Integer> actionCategory = rs.wasNull() ? Optional.empty() : Optional.of((int) category);
        return new Recommendation(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("source"),
                rs.getString("state_code"), rs.getInt("session"), rs.getInt("cycle"), rs.getString("text"),
                texts(rs.getArray("recommending")),
                Optional.ofNullable(rs.getString("response")).map(Response::parse),
                Optional.ofNullable(rs.getString("response_raw")), actionCategory,
                Optional.ofNullable(rs.getString("category_source")), texts(rs.getArray("issues")),
                texts(rs.getArray("themes")), texts(rs.getArray("extra_themes")),
                Optional.ofNullable(rs.getString("document_symbol")), Optional.ofNullable(rs.getString("affected_persons")),
                Optional.ofNullable(rs.getString("source_row")), rs.getInt("version"));
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
