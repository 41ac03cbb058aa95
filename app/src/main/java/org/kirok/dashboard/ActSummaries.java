package org.kirok.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RecordKind;
import org.kirok.security.User;

/**
 * Reads the acts a list or report cites, by id, with the access policy in the query itself (an id that came from
 * the index is checked again, so a change of rights in between never shows a record). Only pseudonymous fields.
 */
public final class ActSummaries {
    private static final String SELECT = """
            SELECT a.id, a.case_code, CASE WHEN :lang = 'ko' THEN t.label_ko ELSE t.label_en END AS type_label,
                   a.date_start, a.date_end, a.date_precision, a.date_qualifier,
                   coalesce(place_path(a.place_id, :lang), '') AS place_label,
                   coalesce((WITH RECURSIVE up (id, parent_id, level, name, depth) AS (
                       SELECT id, parent_id, level, CASE WHEN :lang = 'ko' THEN coalesce(name_ko, name_en) ELSE name_en END, 0
                       FROM place WHERE id = a.place_id
                       UNION ALL SELECT p.id, p.parent_id, p.level,
                       CASE WHEN :lang = 'ko' THEN coalesce(p.name_ko, p.name_en) ELSE p.name_en END, up.depth + 1
                       FROM place p JOIN up ON p.id = up.parent_id WHERE up.depth < 10)
                     SELECT name FROM up WHERE level IN ('province', 'country') ORDER BY depth LIMIT 1), '') AS province_label
            FROM act a JOIN vocab_term t ON t.id = a.act_type_id""";

    private final Jdbi jdbi;
    private final AccessPolicy access;

    public ActSummaries(Jdbi jdbi, AccessPolicy access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    /** The acts among {@code ids} this user may see, in the order of {@code ids}. */
    public List<ActSummary> forUser(User user, List<UUID> ids, String language) {
        return read(ids, language, access.visibleSql(user, "a", RecordKind.ACTS));
    }

    /** The acts among {@code ids} that may be cited in published reports: never restricted ones. */
    public List<ActSummary> forPublication(List<UUID> ids, String language) {
        return read(ids, language, "a.confidentiality <> 'restricted'");
    }

    private List<ActSummary> read(List<UUID> ids, String language, String visibleSql) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ActSummary> found = jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + " WHERE a.id = ANY(:ids) AND " + visibleSql)
                .bind("lang", language).bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> {
                    var date = ActSummary.date(rs.getObject("date_start", java.time.LocalDate.class),
                            rs.getObject("date_end", java.time.LocalDate.class), rs.getString("date_precision"),
                            rs.getString("date_qualifier"));
                    return new ActSummary(rs.getObject("id", UUID.class), rs.getString("case_code"),
                            rs.getString("type_label"), date, rs.getString("place_label"), date.year(),
                            rs.getString("province_label"));
                })
                .list()).stream().collect(Collectors.toMap(ActSummary::id, Function.identity()));
        Map<UUID, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.putIfAbsent(ids.get(i), i);
        }
        return found.values().stream().sorted(Comparator.comparing(s -> order.get(s.id()))).toList();
    }

}
