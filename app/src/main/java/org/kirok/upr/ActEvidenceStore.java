package org.kirok.upr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The SQL that finds acts bearing on a state's obligations: acts of the given types that took place in the state
 * or were committed by its organs (for China: forced repatriations and detention by Chinese authorities, wherever
 * the victim was handed over), every possible date of which lies on or after the period's start.
 */
final class ActEvidenceStore {
    private static final String SCOPE = """
             FROM act a JOIN vocab_term t ON t.id = a.act_type_id
            WHERE %s AND t.code = ANY(:types) AND a.date_start >= :from
              AND (EXISTS (SELECT 1 FROM place p WHERE p.id = a.place_id AND p.country_code = :state)
                   OR EXISTS (SELECT 1 FROM involvement i JOIN organisation o ON o.id = i.perpetrator_org_id
                              WHERE i.act_id = a.id AND o.country_code = :state))""";

    /** Acts per act type, for the types given (types without acts count zero). */
    Map<String, Long> counts(Handle handle, String visibleSql, String state, List<String> types, LocalDate from) {
        Map<String, Long> counts = new LinkedHashMap<>();
        types.forEach(type -> counts.put(type, 0L));
        handle.createQuery("SELECT t.code, count(*)" + SCOPE.formatted(visibleSql) + " GROUP BY t.code")
                .bindArray("types", String.class, types).bind("from", from).bind("state", state)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /**
     * Case codes to cite: never restricted acts; acts a highly reliable source supports first, then the most recent.
     */
    List<String> cases(Handle handle, String visibleSql, String state, List<String> types, LocalDate from, int limit) {
        return handle.createQuery("SELECT a.case_code" + SCOPE.formatted(visibleSql) + """
                 AND a.confidentiality <> 'restricted'
                ORDER BY EXISTS (SELECT 1 FROM information n JOIN vocab_term r ON r.id = n.reliability_id
                                 WHERE n.act_id = a.id AND r.code = 'high') DESC, a.date_start DESC, a.case_code
                LIMIT :limit""")
                .bindArray("types", String.class, types).bind("from", from).bind("state", state).bind("limit", limit)
                .mapTo(String.class).list();
    }

    /** Which of the codes name acts the user may see (for citations an analyst types). */
    List<String> visibleCases(Handle handle, String visibleSql, List<String> codes) {
        return handle.createQuery("SELECT a.case_code FROM act a WHERE " + visibleSql + " AND a.case_code = ANY(:codes)")
                .bindArray("codes", String.class, codes).mapTo(String.class).list();
    }
}
