package org.kirok.search.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL that reads acts for indexing: the act, its perpetrators, its sources and its consequences, in batches. */
final class ActRows {
    private ActRows() {
    }

    record Act(UUID id, String caseCode, Optional<String> eventTitle, UUID victimId, LocalDate dateStart,
               LocalDate dateEnd, String precision, Optional<UUID> placeId, Optional<UUID> organisationId,
               String confidentiality, String typeCode, String typeEn, String typeKo, Optional<String> legalBasis) {
    }

    record Perpetrator(UUID actId, Optional<UUID> personId, Optional<UUID> organisationId, Optional<String> nameEn,
                       Optional<String> nameKo, Optional<String> abbreviation) {
    }

    record Source(UUID actId, String reference, Optional<UUID> organisationId) {
    }

    static List<Act> acts(Handle handle, Collection<UUID> ids) {
        return handle.createQuery("""
                SELECT a.id, a.case_code, e.title, a.victim_id, a.date_start, a.date_end, a.date_precision, a.place_id,
                       a.organisation_id, a.confidentiality, t.code, t.label_en, t.label_ko,
                       CASE WHEN a.legal_basis_id IS NULL THEN NULL ELSE
                         (SELECT coalesce(l.short_name, l.title_en) || ' art. ' || ar.number
                          FROM law_article ar JOIN law_version lv ON lv.id = ar.law_version_id JOIN law l ON l.id = lv.law_id
                          WHERE ar.id = a.legal_basis_id) END
                FROM act a JOIN vocab_term t ON t.id = a.act_type_id LEFT JOIN event e ON e.id = a.event_id
                WHERE a.id = ANY(:ids)""")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Act(rs.getObject(1, UUID.class), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), Optional.ofNullable(rs.getObject(8, UUID.class)),
                        Optional.ofNullable(rs.getObject(9, UUID.class)), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), Optional.ofNullable(rs.getString(14))))
                .list();
    }

    static Map<UUID, List<Perpetrator>> perpetrators(Handle handle, Collection<UUID> actIds) {
        Map<UUID, List<Perpetrator>> out = new HashMap<>();
        handle.createQuery("""
                SELECT i.act_id, i.perpetrator_person_id, i.perpetrator_org_id, o.name_en, o.name_ko, o.abbreviation
                FROM involvement i LEFT JOIN organisation o ON o.id = i.perpetrator_org_id
                WHERE i.act_id = ANY(:ids)""")
                .bindArray("ids", UUID.class, List.copyOf(actIds))
                .map((rs, ctx) -> new Perpetrator(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getObject(2, UUID.class)),
                        Optional.ofNullable(rs.getObject(3, UUID.class)), Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6))))
                .forEach(row -> out.computeIfAbsent(row.actId(), k -> new ArrayList<>()).add(row));
        return out;
    }

    /** Reference codes only, as the act's page shows them (titles of sources are not the act's to reveal). */
    static Map<UUID, List<Source>> sources(Handle handle, Collection<UUID> actIds) {
        Map<UUID, List<Source>> out = new HashMap<>();
        handle.createQuery("""
                SELECT i.act_id, s.reference_code, s.organisation_id FROM information i JOIN source s ON s.id = i.source_id
                WHERE i.act_id = ANY(:ids)""")
                .bindArray("ids", UUID.class, List.copyOf(actIds))
                .map((rs, ctx) -> new Source(rs.getObject(1, UUID.class), rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, UUID.class))))
                .forEach(row -> out.computeIfAbsent(row.actId(), k -> new ArrayList<>()).add(row));
        return out;
    }

    /** Consequence labels, English and Korean. */
    static Map<UUID, List<String>> consequences(Handle handle, Collection<UUID> actIds) {
        Map<UUID, List<String>> out = new HashMap<>();
        handle.createQuery("""
                SELECT c.act_id, t.label_en, t.label_ko FROM act_consequence c JOIN vocab_term t ON t.id = c.term_id
                WHERE c.act_id = ANY(:ids)""")
                .bindArray("ids", UUID.class, List.copyOf(actIds))
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), List.of(rs.getString(2), rs.getString(3))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue()));
        return out;
    }
}
