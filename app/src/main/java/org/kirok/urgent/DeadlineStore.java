package org.kirok.urgent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL of deadlines. */
final class DeadlineStore {
    private static final String SELECT = """
            SELECT d.id, d.case_id, c.code, c.risk, d.kind, d.due_on, d.label, d.intervention_id, d.done_at IS NOT NULL AS done
            FROM urgent_deadline d JOIN urgent_case c ON c.id = d.case_id""";

    void insert(Handle handle, UUID id, UUID caseId, DeadlineKind kind, LocalDate dueOn, Optional<String> label,
                Optional<UUID> interventionId, Optional<UUID> by) {
        handle.createUpdate("""
                INSERT INTO urgent_deadline (id, case_id, kind, due_on, label, intervention_id, created_by)
                VALUES (:id, :case, :kind, :due, :label, :intervention, :by)""")
                .bind("id", id).bind("case", caseId).bind("kind", kind.code()).bind("due", dueOn)
                .bind("label", label.orElse(null)).bind("intervention", interventionId.orElse(null))
                .bind("by", by.orElse(null)).execute();
    }

    boolean complete(Handle handle, UUID caseId, UUID id, UUID by) {
        return handle.createUpdate("""
                UPDATE urgent_deadline SET done_at = now(), done_by = :by
                WHERE id = :id AND case_id = :case AND done_at IS NULL""")
                .bind("id", id).bind("case", caseId).bind("by", by).execute() == 1;
    }

    /** Keeps the response deadline of an intervention in step with its response_due (and done once answered). */
    void syncResponse(Handle handle, Intervention intervention, Optional<UUID> by) {
        Optional<UUID> existing = handle.createQuery("""
                SELECT id FROM urgent_deadline WHERE intervention_id = :i AND kind = 'response_due'""")
                .bind("i", intervention.id()).mapTo(UUID.class).findOne();
        if (intervention.responseDue().isEmpty()) {
            existing.ifPresent(id -> handle.createUpdate("DELETE FROM urgent_deadline WHERE id = :id").bind("id", id).execute());
            return;
        }
        boolean answered = intervention.response().isPresent() || intervention.responseOn().isPresent();
        if (existing.isEmpty()) {
            insert(handle, UUID.randomUUID(), intervention.caseId(), DeadlineKind.RESPONSE_DUE,
                    intervention.responseDue().get(), Optional.of(intervention.kind().code()), Optional.of(intervention.id()), by);
        } else {
            handle.createUpdate("UPDATE urgent_deadline SET due_on = :due WHERE id = :id")
                    .bind("due", intervention.responseDue().get()).bind("id", existing.get()).execute();
        }
        if (answered) {
            handle.createUpdate("""
                    UPDATE urgent_deadline SET done_at = now() WHERE intervention_id = :i AND done_at IS NULL""")
                    .bind("i", intervention.id()).execute();
        }
    }

    List<Deadline> ofCase(Handle handle, UUID caseId) {
        return handle.createQuery(SELECT + " WHERE d.case_id = :case ORDER BY d.done_at IS NOT NULL, d.due_on")
                .bind("case", caseId).map((rs, ctx) -> row(rs)).list();
    }

    /** Open deadlines due on or before the day, of open cases the user may see (visibleSql over alias c). */
    List<Deadline> dueBy(Handle handle, LocalDate day, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE d.done_at IS NULL AND c.status = 'open' AND d.due_on <= :day AND "
                        + visibleSql + " ORDER BY d.due_on, c.code")
                .bind("day", day).map((rs, ctx) -> row(rs)).list();
    }

    /** Open deadlines due by the day that no reminder has gone out for today, across all cases (for the mailer). */
    List<Deadline> unnotified(Handle handle, LocalDate day) {
        return handle.createQuery(SELECT + " " + """
                WHERE d.done_at IS NULL AND c.status = 'open' AND d.due_on <= :day
                   AND (d.notified_on IS NULL OR d.notified_on < :day) ORDER BY d.due_on, c.code""")
                .bind("day", day).map((rs, ctx) -> row(rs)).list();
    }

    void markNotified(Handle handle, List<UUID> ids, LocalDate day) {
        if (!ids.isEmpty()) {
            handle.createUpdate("UPDATE urgent_deadline SET notified_on = :day WHERE id = ANY(:ids)")
                    .bind("day", day).bindArray("ids", UUID.class, ids).execute();
        }
    }

    /** Open deadlines between two days for the calendar export (visibleSql over alias c). */
    List<Deadline> between(Handle handle, LocalDate from, LocalDate to, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE d.done_at IS NULL AND d.due_on BETWEEN :from AND :to AND "
                        + visibleSql + " ORDER BY d.due_on")
                .bind("from", from).bind("to", to).map((rs, ctx) -> row(rs)).list();
    }

    private static Deadline row(ResultSet rs) throws SQLException {
        return new Deadline(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("code"),
                RiskLevel.parse(rs.getString("risk")), DeadlineKind.parse(rs.getString("kind")),
                rs.getObject("due_on", LocalDate.class), Optional.ofNullable(rs.getString("label")),
                Optional.ofNullable(rs.getObject("intervention_id", UUID.class)), rs.getBoolean("done"));
    }
}
