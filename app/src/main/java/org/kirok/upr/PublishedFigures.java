package org.kirok.upr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;

/**
 * Official and published totals per review (../shared/data/upr/upr_published_figures.csv): check_id, entity,
 * cycle, upr_session, review_date, metric, value, counting_basis, source, source_url, confidence, note. They are
 * reference figures shown beside our own counts, never mixed into them; re-importing an unchanged row is a no-op.
 */
final class PublishedFigures {
    static final List<String> COLUMNS = List.of("check_id", "entity", "metric", "value");
    private static final List<String> STORED = List.of("entity", "cycle", "upr_session", "review_date", "metric", "value",
            "counting_basis", "source", "source_url", "confidence", "note");

    private final AuditLog audit;

    PublishedFigures(AuditLog audit) {
        this.audit = audit;
    }

    /** One reference figure as the table holds it. */
    record Figure(String checkId, Map<String, String> values, Optional<String> stateCode, Optional<Integer> session) {
    }

    ImportResult importFile(Jdbi jdbi, TabularFile file, Actor actor, UprImporter.Options options) throws TabularFile.Unreadable {
        file.require(COLUMNS);
        return jdbi.inTransaction(handle -> {
            List<ImportResult.Rejection> rejected = new ArrayList<>();
            List<Figure> figures = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (TabularFile.Line line : file.rows()) {
                try {
                    figures.add(read(line, seen));
                } catch (InvalidInputException e) {
                    rejected.add(new ImportResult.Rejection(line.number(), e.field().orElse("-"), e.getMessage()));
                }
                options.progress().accept(1);
            }
            int[] counts = new int[3];
            boolean save = !options.dryRun() && (rejected.isEmpty() || options.keepAccepted());
            for (Figure figure : figures) {
                Optional<Map<String, String>> stored = stored(handle, figure.checkId());
                int outcome = stored.isEmpty() ? 0 : stored.get().equals(figure.values()) ? 2 : 1;
                counts[outcome]++;
                if (save && outcome != 2) {
                    upsert(handle, figure);
                }
            }
            audit.record(handle, actor, "upr.import", Map.of("format", "published", "rows", file.rows().size(),
                    "new", counts[0], "updated", counts[1], "unchanged", counts[2], "rejected", rejected.size(),
                    "saved", save));
            return new ImportResult("upr published figures", file.rows().size(), counts[0], counts[1], counts[2],
                    rejected, save);
        });
    }

    private static Figure read(TabularFile.Line line, Map<String, Long> seen) {
        String id = line.get("check_id");
        if (id.isEmpty()) {
            throw new InvalidInputException("check_id", "check_id is empty");
        }
        Long earlier = seen.putIfAbsent(id, line.number());
        if (earlier != null) {
            throw new InvalidInputException("check_id", "the same check_id '" + id + "' is already in row " + earlier);
        }
        for (String column : List.of("entity", "metric", "value")) {
            if (line.get(column).isEmpty()) {
                throw new InvalidInputException(column, column + " is empty");
            }
        }
        Map<String, String> values = new HashMap<>();
        STORED.forEach(column -> values.put(column, line.get(column)));
        String entity = line.get("entity");
        Optional<String> state = entity.equalsIgnoreCase("all") ? Optional.empty() : Optional.of(States.all()
                .resolve(entity).orElseThrow(() -> new InvalidInputException("entity", "'" + entity
                        + "' is neither 'all' nor a state Kirok knows")));
        String session = line.get("upr_session");
        Optional<Integer> number = session.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(session)) : Optional.empty();
        return new Figure(id, values, state, number);
    }

    private static Optional<Map<String, String>> stored(Handle handle, String checkId) {
        return handle.createQuery("""
                SELECT entity, cycle, sessions, review_date, metric, value, counting_basis, source, source_url,
                       confidence, note FROM upr_published_figure WHERE check_id = :id""")
                .bind("id", checkId)
                .map((rs, ctx) -> {
                    Map<String, String> values = new HashMap<>();
                    for (String column : STORED) {
                        values.put(column, Objects.requireNonNullElse(
                                rs.getString(column.equals("upr_session") ? "sessions" : column), ""));
                    }
                    return values;
                }).findOne();
    }

    private static void upsert(Handle handle, Figure figure) {
        Map<String, String> v = figure.values();
        handle.createUpdate("""
                INSERT INTO upr_published_figure (check_id, entity, state_code, cycle, session, sessions, review_date,
                       metric, value, counting_basis, source, source_url, confidence, note)
                VALUES (:id, :entity, :state, :cycle, :session, :sessions, :reviewDate, :metric, :value, :basis, :source,
                       :url, :confidence, :note)
                ON CONFLICT (check_id) DO UPDATE SET entity = EXCLUDED.entity, state_code = EXCLUDED.state_code,
                       cycle = EXCLUDED.cycle, session = EXCLUDED.session, sessions = EXCLUDED.sessions,
                       review_date = EXCLUDED.review_date, metric = EXCLUDED.metric, value = EXCLUDED.value,
                       counting_basis = EXCLUDED.counting_basis, source = EXCLUDED.source, source_url = EXCLUDED.source_url,
                       confidence = EXCLUDED.confidence, note = EXCLUDED.note, imported_at = now()""")
                .bind("id", figure.checkId()).bind("entity", v.get("entity"))
                .bind("state", figure.stateCode().orElse(null)).bind("cycle", v.get("cycle"))
                .bind("session", figure.session().orElse(null)).bind("sessions", v.get("upr_session"))
                .bind("reviewDate", v.get("review_date")).bind("metric", v.get("metric")).bind("value", v.get("value"))
                .bind("basis", v.get("counting_basis")).bind("source", v.get("source")).bind("url", v.get("source_url"))
                .bind("confidence", v.get("confidence")).bind("note", v.get("note"))
                .execute();
    }
}
