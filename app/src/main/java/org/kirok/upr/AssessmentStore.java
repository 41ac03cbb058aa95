package org.kirok.upr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of assessments: one per recommendation and period, saved with optimistic locking. */
final class AssessmentStore {
    private static final String SELECT = """
            SELECT x.id, x.recommendation_id, x.period, x.status, x.note, x.cited_cases, u.username, x.assessed_at,
                   x.version
            FROM upr_assessment x LEFT JOIN app_user u ON u.id = x.assessed_by""";

    List<Assessment> of(Handle handle, UUID recommendation) {
        return handle.createQuery(SELECT + " WHERE x.recommendation_id = :r ORDER BY x.period")
                .bind("r", recommendation).map(AssessmentStore::map).list();
    }

    /** The assessments of every recommendation a state received in a cycle. */
    List<Assessment> ofCycle(Handle handle, String state, int cycle) {
        return handle.createQuery(SELECT + """
                 JOIN upr_recommendation r ON r.id = x.recommendation_id JOIN upr_session s ON s.number = r.session
                WHERE r.state_code = :state AND s.cycle = :cycle""")
                .bind("state", state).bind("cycle", cycle).map(AssessmentStore::map).list();
    }

    Optional<Assessment> one(Handle handle, UUID recommendation, Period period) {
        return handle.createQuery(SELECT + " WHERE x.recommendation_id = :r AND x.period = :p")
                .bind("r", recommendation).bind("p", period.code()).map(AssessmentStore::map).findOne();
    }

    void insert(Handle handle, UUID id, UUID recommendation, Period period, AssessmentStatus status,
                Optional<String> note, List<String> cases, UUID user) {
        handle.createUpdate("""
                INSERT INTO upr_assessment (id, recommendation_id, period, status, note, cited_cases, assessed_by)
                VALUES (:id, :r, :p, :s, :note, :cases, :user)""")
                .bind("id", id).bind("r", recommendation).bind("p", period.code()).bind("s", status.code())
                .bind("note", note.orElse(null)).bindArray("cases", String.class, cases).bind("user", user).execute();
    }

    void update(Handle handle, UUID id, int expectedVersion, AssessmentStatus status, Optional<String> note,
                List<String> cases, UUID user) {
        int updated = handle.createUpdate("""
                UPDATE upr_assessment SET status = :s, note = :note, cited_cases = :cases, assessed_by = :user,
                       assessed_at = now(), version = version + 1 WHERE id = :id AND version = :expected""")
                .bind("s", status.code()).bind("note", note.orElse(null)).bindArray("cases", String.class, cases)
                .bind("user", user).bind("id", id).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("assessment", id, expectedVersion);
        }
    }

    private static Assessment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Assessment(rs.getObject("id", UUID.class), rs.getObject("recommendation_id", UUID.class),
                Period.parse(rs.getString("period")), AssessmentStatus.parse(rs.getString("status")),
                Optional.ofNullable(rs.getString("note")), RecommendationStore.texts(rs.getArray("cited_cases")),
                Optional.ofNullable(rs.getString("username")), rs.getTimestamp("assessed_at").toInstant(),
                rs.getInt("version"));
    }
}
