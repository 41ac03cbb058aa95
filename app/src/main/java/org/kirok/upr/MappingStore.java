package org.kirok.upr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL of issue tags, our themes and the editable mapping of issues onto rights, act types and themes. */
final class MappingStore {

    List<Label> issues(Handle handle) {
        return handle.createQuery("SELECT code, label_en, label_ko FROM upr_issue ORDER BY sort_order, label_en")
                .map((rs, ctx) -> new Label(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Label> themes(Handle handle) {
        return handle.createQuery("SELECT code, label_en, label_ko FROM upr_theme ORDER BY sort_order, code")
                .map((rs, ctx) -> new Label(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<IssueMapping> mappings(Handle handle) {
        Map<String, List<UUID>> terms = new HashMap<>();
        handle.createQuery("SELECT issue_code, term_id FROM upr_issue_term")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .forEach(e -> terms.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<String>> themes = new HashMap<>();
        handle.createQuery("SELECT issue_code, theme_code FROM upr_theme_issue ORDER BY theme_code")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> themes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return issues(handle).stream().map(issue -> new IssueMapping(issue,
                terms.getOrDefault(issue.code(), List.of()), themes.getOrDefault(issue.code(), List.of()))).toList();
    }

    boolean issueExists(Handle handle, String code) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM upr_issue WHERE code = :c)").bind("c", code)
                .mapTo(Boolean.class).one();
    }

    void replaceMapping(Handle handle, String issue, Collection<UUID> terms, Collection<String> themes) {
        handle.createUpdate("DELETE FROM upr_issue_term WHERE issue_code = :i").bind("i", issue).execute();
        handle.createUpdate("DELETE FROM upr_theme_issue WHERE issue_code = :i").bind("i", issue).execute();
        for (UUID term : terms) {
            handle.createUpdate("INSERT INTO upr_issue_term (issue_code, term_id) VALUES (:i, :t)")
                    .bind("i", issue).bind("t", term).execute();
        }
        for (String theme : themes) {
            handle.createUpdate("INSERT INTO upr_theme_issue (theme_code, issue_code) VALUES (:t, :i)")
                    .bind("i", issue).bind("t", theme).execute();
        }
    }

    /**
     * The act-type codes issues reach: act types mapped directly, and the act types that violate the rights mapped
     * (through upr_right_act_type).
     */
    List<String> actTypes(Handle handle, Collection<String> issues) {
        return handle.createQuery("""
                SELECT DISTINCT v.code, v.sort_order FROM vocab_term v WHERE v.vocabulary = 'act_type' AND v.id IN (
                    SELECT t.term_id FROM upr_issue_term t WHERE t.issue_code = ANY(:issues)
                    UNION SELECT r.act_type_id FROM upr_issue_term t JOIN upr_right_act_type r ON r.right_id = t.term_id
                    WHERE t.issue_code = ANY(:issues))
                ORDER BY v.sort_order, v.code""")
                .bindArray("issues", String.class, List.copyOf(issues)).map((rs, ctx) -> rs.getString(1)).list();
    }

    /** The issues of a theme. */
    List<String> issuesOf(Handle handle, String theme) {
        return handle.createQuery("SELECT issue_code FROM upr_theme_issue WHERE theme_code = :t ORDER BY issue_code")
                .bind("t", theme).mapTo(String.class).list();
    }
}
