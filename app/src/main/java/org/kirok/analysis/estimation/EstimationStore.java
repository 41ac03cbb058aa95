package org.kirok.analysis.estimation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL of saved estimates: counts and numbers as JSON text, never a name. */
final class EstimationStore {
    /** A saved row, its JSON still unread. */
    record Row(UUID id, String title, String status, String inputs, String parameters, Optional<String> outputs,
               Optional<String> error, Optional<UUID> rerunOf, String createdBy, Instant createdAt, Optional<Instant> finishedAt) {
    }

    void insert(Handle handle, UUID id, String title, String inputs, String parameters, long observed,
                Optional<UUID> rerunOf, Optional<UUID> organisation, UUID user) {
        handle.createUpdate("""
                INSERT INTO estimation_result (id, title, status, inputs, parameters, observed, rerun_of, organisation_id, created_by)
                VALUES (:id, :title, 'running', :inputs, :parameters, :observed, :rerun, :org, :user)""")
                .bind("id", id).bind("title", title).bind("inputs", inputs).bind("parameters", parameters)
                .bind("observed", observed).bind("rerun", rerunOf.orElse(null)).bind("org", organisation.orElse(null))
                .bind("user", user).execute();
    }

    void finish(Handle handle, UUID id, String outputs, Optional<MethodResult> primary) {
        handle.createUpdate("""
                UPDATE estimation_result SET status = 'done', outputs = :outputs, estimate = :estimate, ci_low = :low,
                       ci_high = :high, finished_at = :now
                WHERE id = :id""")
                .bind("id", id).bind("outputs", outputs).bind("now", Instant.now())
                .bind("estimate", primary.flatMap(MethodResult::estimate).orElse(null))
                .bind("low", primary.flatMap(MethodResult::interval).map(MethodResult.IntervalView::low).orElse(null))
                .bind("high", primary.flatMap(MethodResult::interval).flatMap(MethodResult.IntervalView::high).orElse(null))
                .execute();
    }

    void fail(Handle handle, UUID id, String error) {
        handle.createUpdate("UPDATE estimation_result SET status = 'failed', error = :error, finished_at = :now WHERE id = :id")
                .bind("id", id).bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .bind("now", Instant.now()).execute();
    }

    int markInterrupted(Handle handle) {
        return handle.createUpdate("""
                UPDATE estimation_result SET status = 'failed', finished_at = :now,
                       error = 'interrupted: the server stopped before the estimate was computed'
                WHERE status = 'running'""").bind("now", Instant.now()).execute();
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery("""
                SELECT e.id, e.title, e.status, e.inputs, e.parameters, e.outputs, e.error, e.rerun_of, u.display_name,
                       e.created_at, e.finished_at
                FROM estimation_result e JOIN app_user u ON u.id = e.created_by
                WHERE e.id = :id AND """ + " " + visibleSql).bind("id", id).map(EstimationStore::map).findOne();
    }

    List<EstimateSummary> list(Handle handle, String visibleSql, int limit) {
        return handle.createQuery("""
                SELECT e.id, e.title, e.status, e.observed, e.estimate, e.ci_low, e.ci_high, e.rerun_of, u.display_name,
                       e.created_at
                FROM estimation_result e JOIN app_user u ON u.id = e.created_by
                WHERE """ + " " + visibleSql + " ORDER BY e.created_at DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new EstimateSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), Optional.ofNullable((Double) rs.getObject(5)), Optional.ofNullable((Double) rs.getObject(6)),
                        Optional.ofNullable((Double) rs.getObject(7)), Optional.ofNullable(rs.getObject(8, UUID.class)),
                        rs.getString(9), rs.getTimestamp(10).toInstant()))
                .list();
    }

    private static Row map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                Optional.ofNullable(rs.getObject(8, UUID.class)), rs.getString(9), rs.getTimestamp(10).toInstant(),
                Optional.ofNullable(rs.getTimestamp(11)).map(java.sql.Timestamp::toInstant));
    }
}
