package org.kirok.advocacy;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;

/** Filters for the advocacy log: kind, an organisation in any role, a theme, an urgent case. */
public record ActivityFilter(Optional<ActivityKind> kind, Optional<UUID> organisationId, Optional<String> theme,
                             Optional<UUID> caseId) {

    public ActivityFilter {
        theme = theme.map(String::strip).filter(s -> !s.isEmpty());
    }

    public static ActivityFilter none() {
        return new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ActivityFilter organisation(UUID id) {
        return new ActivityFilter(Optional.empty(), Optional.of(id), Optional.empty(), Optional.empty());
    }

    String where() {
        StringBuilder where = new StringBuilder();
        kind.ifPresent(k -> where.append(" AND a.kind = :kind"));
        organisationId.ifPresent(o -> where.append(" AND (a.organisation_id = :org OR EXISTS (SELECT 1 FROM"
                + " advocacy_activity_organisation l WHERE l.activity_id = a.id AND l.organisation_id = :org))"));
        theme.ifPresent(t -> where.append(" AND :theme = ANY(a.themes)"));
        caseId.ifPresent(c -> where.append(" AND EXISTS (SELECT 1 FROM advocacy_activity_case l WHERE l.activity_id = a.id"
                + " AND l.case_id = :case)"));
        return where.toString();
    }

    Query bind(Query query) {
        kind.ifPresent(k -> query.bind("kind", k.code()));
        organisationId.ifPresent(o -> query.bind("org", o));
        theme.ifPresent(t -> query.bind("theme", t));
        caseId.ifPresent(c -> query.bind("case", c));
        return query;
    }
}
