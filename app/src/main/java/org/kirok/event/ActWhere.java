package org.kirok.event;

import java.time.LocalDate;
import org.jdbi.v3.core.statement.SqlStatement;
import org.kirok.store.SqlFragments;

/** The WHERE clause of act queries, shared by lists, counts, exports and statistics. */
final class ActWhere {
    private ActWhere() {
    }

    static String sql(ActFilter filter, String visibleSql) {
        StringBuilder where = new StringBuilder(visibleSql);
        filter.actType().ifPresent(v -> where.append(" AND t.code = :actType"));
        filter.victimId().ifPresent(v -> where.append(" AND a.victim_id = :victim"));
        filter.sourceId().ifPresent(v -> where.append(" AND EXISTS (SELECT 1 FROM information i WHERE i.act_id = a.id AND i.source_id = :source)"));
        filter.placeId().ifPresent(v -> where.append(" AND a.place_id IN ").append(SqlFragments.placeSubtree("place")));
        filter.yearFrom().ifPresent(v -> where.append(" AND (a.date_end IS NULL OR a.date_end >= :from) AND a.date_precision <> 'unknown'"));
        filter.yearTo().ifPresent(v -> where.append(" AND (a.date_start IS NULL OR a.date_start <= :to) AND a.date_precision <> 'unknown'"));
        filter.perpetratorOrganisationId().ifPresent(v -> where.append(" AND EXISTS (SELECT 1 FROM involvement i WHERE i.act_id = a.id AND i.perpetrator_org_id IN ")
                .append(SqlFragments.organisationSubtree("perpetrator")).append(")"));
        filter.eventId().ifPresent(v -> where.append(" AND a.event_id = :event"));
        filter.articleId().ifPresent(v -> where.append(" AND a.legal_basis_id = :article"));
        filter.confidentiality().ifPresent(v -> where.append(" AND a.confidentiality = :conf"));
        filter.caseCode().ifPresent(v -> where.append(" AND a.case_code ILIKE :caseCode"));
        return where.toString();
    }

    static <S extends SqlStatement<S>> S bind(S statement, ActFilter filter) {
        filter.actType().ifPresent(v -> statement.bind("actType", v));
        filter.victimId().ifPresent(v -> statement.bind("victim", v));
        filter.sourceId().ifPresent(v -> statement.bind("source", v));
        filter.placeId().ifPresent(v -> statement.bind("place", v));
        filter.yearFrom().ifPresent(v -> statement.bind("from", LocalDate.of(v, 1, 1)));
        filter.yearTo().ifPresent(v -> statement.bind("to", LocalDate.of(v, 12, 31)));
        filter.perpetratorOrganisationId().ifPresent(v -> statement.bind("perpetrator", v));
        filter.eventId().ifPresent(v -> statement.bind("event", v));
        filter.articleId().ifPresent(v -> statement.bind("article", v));
        filter.confidentiality().ifPresent(v -> statement.bind("conf", v.code()));
        filter.caseCode().ifPresent(v -> statement.bind("caseCode", v.strip() + "%"));
        return statement;
    }
}
