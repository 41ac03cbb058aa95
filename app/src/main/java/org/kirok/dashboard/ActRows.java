package org.kirok.dashboard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The SQL that feeds the dashboard's index: all acts (streamed), some acts by id, and the change log. The record
 * date is the expression {@code RecordKind.dateSql} uses for acts, so agreements that share acts from a date on
 * are judged on the same day here.
 */
final class ActRows {
    private static final String COLUMNS = """
            SELECT a.id, a.act_type_id, a.place_id, a.date_start, a.date_end, a.confidentiality, a.organisation_id,
                   coalesce(a.date_end, a.date_start, a.created_at::date) AS record_date, p.sex, p.birth_year""";

    private ActRows() {
    }

    static void streamAll(Handle handle, Consumer<ActRow> sink) {
        handle.createQuery(COLUMNS + """
                , i.orgs FROM act a JOIN person p ON p.id = a.victim_id
                LEFT JOIN (SELECT act_id, array_agg(DISTINCT perpetrator_org_id) AS orgs FROM involvement
                           WHERE perpetrator_org_id IS NOT NULL GROUP BY act_id) i ON i.act_id = a.id""")
                .setFetchSize(10_000)
                .map((rs, ctx) -> row(rs))
                .forEach(sink);
    }

    static List<ActRow> byIds(Handle handle, Collection<UUID> ids) {
        return handle.createQuery(COLUMNS + """
                , (SELECT array_agg(DISTINCT i.perpetrator_org_id) FROM involvement i
                   WHERE i.act_id = a.id AND i.perpetrator_org_id IS NOT NULL) AS orgs
                FROM act a JOIN person p ON p.id = a.victim_id WHERE a.id = ANY(:ids)""")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    static long lastChange(Handle handle) {
        return handle.createQuery("SELECT coalesce(max(seq), 0) FROM act_change").mapTo(Long.class).one();
    }

    static List<UUID> changedSince(Handle handle, long seq, long upTo) {
        return handle.createQuery("SELECT DISTINCT act_id FROM act_change WHERE seq > :from AND seq <= :to")
                .bind("from", seq).bind("to", upTo).mapTo(UUID.class).list();
    }

    static long changesBetween(Handle handle, long seq, long upTo) {
        return handle.createQuery("SELECT count(*) FROM act_change WHERE seq > :from AND seq <= :to")
                .bind("from", seq).bind("to", upTo).mapTo(Long.class).one();
    }

    /** The change log only serves indexes that are running; a day is far more than any refresh needs. */
    static void pruneOld(Handle handle) {
        handle.createUpdate("DELETE FROM act_change WHERE at < now() - interval '1 day'").execute();
    }

    private static ActRow row(ResultSet rs) throws SQLException {
        Array orgs = rs.getArray("orgs");
        List<UUID> perpetrators = orgs == null ? List.of()
                : Arrays.stream((Object[]) orgs.getArray()).map(o -> (UUID) o).toList();
        int birthYear = rs.getInt("birth_year");
        return new ActRow(rs.getObject("id", UUID.class), rs.getObject("act_type_id", UUID.class),
                rs.getObject("place_id", UUID.class), rs.getObject("date_start", LocalDate.class),
                rs.getObject("date_end", LocalDate.class), rs.getString("confidentiality"),
                rs.getObject("organisation_id", UUID.class), rs.getObject("record_date", LocalDate.class),
                rs.getString("sex"), birthYear, perpetrators);
    }
}
