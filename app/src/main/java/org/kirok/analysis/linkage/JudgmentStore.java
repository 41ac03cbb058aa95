package org.kirok.analysis.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The SQL of the judgment log. Only INSERT and SELECT: the application's database role may not update or delete
 * these rows at all (revoked in the migration). Reasons arrive and leave as ciphertext.
 */
final class JudgmentStore {
    /** A row as stored; the reason still encrypted. */
    record Row(Judgment judgment, byte[] reasonEnc) {
    }

    /** A row to append. */
    record NewRow(UUID id, PersonPair pair, Decision decision, JudgmentStatus status, Optional<UUID> retracts,
                  Optional<UUID> runId, Optional<Double> probability, Optional<UUID> decidedBy,
                  Optional<byte[]> reasonEnc) {
    }

    /** The advisory lock key of the judgment log ("kirokjdg" in ASCII). */
    private static final long LOG_LOCK = 0x6b69726f6b6a6467L;

    private static final String SELECT = """
            SELECT j.id, j.seq, j.left_id, j.right_id, j.decision, j.status, j.retracts, j.run_id, j.probability,
                   j.decided_by, u.display_name, j.reason_enc, j.decided_at
            FROM linkage_judgment j LEFT JOIN app_user u ON u.id = j.decided_by""";

    /** The latest row of every pair: DISTINCT ON keeps the first row of each pair in descending log order. */
    private static final String CURRENT = """
            SELECT DISTINCT ON (j.left_id, j.right_id) j.id, j.seq, j.left_id, j.right_id, j.decision, j.status,
                   j.retracts, j.run_id, j.probability, j.decided_by, u.display_name, j.reason_enc, j.decided_at
            FROM linkage_judgment j LEFT JOIN app_user u ON u.id = j.decided_by""";

    void insert(Handle handle, List<NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch("""
                INSERT INTO linkage_judgment (id, left_id, right_id, decision, status, retracts, run_id, probability,
                                              decided_by, reason_enc)
                VALUES (:id, :left, :right, :decision, :status, :retracts, :run, :probability, :by, :reason)""");
        for (NewRow row : rows) {
            batch.bind("id", row.id()).bind("left", row.pair().left()).bind("right", row.pair().right())
                    .bind("decision", row.decision().code()).bind("status", row.status().code())
                    .bind("retracts", row.retracts().orElse(null)).bind("run", row.runId().orElse(null))
                    .bind("probability", row.probability().orElse(null)).bind("by", row.decidedBy().orElse(null))
                    .bind("reason", row.reasonEnc().orElse(null)).add();
        }
        batch.execute();
    }

    /** Serializes writers of the log, so that "the current row" cannot change between reading and appending. */
    void lock(Handle handle) {
        // an advisory lock, not LOCK TABLE: that needs UPDATE or DELETE rights, which this role gave up on the log
        handle.execute("SELECT pg_advisory_xact_lock(" + LOG_LOCK + ")");
    }

    Optional<Row> find(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE j.id = :id").bind("id", id).map(JudgmentStore::map).findOne();
    }

    /** Every row about one pair, oldest first. */
    List<Row> history(Handle handle, PersonPair pair) {
        return handle.createQuery(SELECT + " WHERE j.left_id = :left AND j.right_id = :right ORDER BY j.seq")
                .bind("left", pair.left()).bind("right", pair.right()).map(JudgmentStore::map).list();
    }

    Optional<Row> current(Handle handle, PersonPair pair) {
        return handle.createQuery(SELECT + " WHERE j.left_id = :left AND j.right_id = :right ORDER BY j.seq DESC LIMIT 1")
                .bind("left", pair.left()).bind("right", pair.right()).map(JudgmentStore::map).findOne();
    }

    /** The current row of every pair that touches one of these persons. */
    List<Row> currentTouching(Handle handle, Collection<UUID> persons) {
        return handle.createQuery(CURRENT + " WHERE j.left_id = ANY(:ids) OR j.right_id = ANY(:ids)"
                        + " ORDER BY j.left_id, j.right_id, j.seq DESC")
                .bindArray("ids", UUID.class, persons).map(JudgmentStore::map).list();
    }

    /** The current row of every pair in the log. */
    List<Row> currentAll(Handle handle) {
        return handle.createQuery(CURRENT + " ORDER BY j.left_id, j.right_id, j.seq DESC").map(JudgmentStore::map).list();
    }

    /** Rows, newest first, whose two records pass the visibility predicates (aliases pl, pr), optionally about one person. */
    List<Row> recent(Handle handle, Optional<UUID> person, String visibleLeft, String visibleRight, int offset, int limit) {
        var query = handle.createQuery(SELECT + " JOIN person pl ON pl.id = j.left_id JOIN person pr ON pr.id = j.right_id"
                + " WHERE " + visibleLeft + " AND " + visibleRight
                + (person.isPresent() ? " AND (j.left_id = :person OR j.right_id = :person)" : "")
                + " ORDER BY j.seq DESC LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset);
        person.ifPresent(id -> query.bind("person", id));
        return query.map(JudgmentStore::map).list();
    }

    private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        Judgment judgment = new Judgment(rs.getObject("id", UUID.class), rs.getLong("seq"),
                new PersonPair(rs.getObject("left_id", UUID.class), rs.getObject("right_id", UUID.class)),
                Decision.parse(rs.getString("decision")), JudgmentStatus.parse(rs.getString("status")),
                Optional.ofNullable(rs.getObject("retracts", UUID.class)), Optional.ofNullable(rs.getObject("run_id", UUID.class)),
                Optional.ofNullable((Double) rs.getObject("probability")),
                Optional.ofNullable(rs.getObject("decided_by", UUID.class)), Optional.ofNullable(rs.getString("display_name")),
                Optional.empty(), rs.getTimestamp("decided_at").toInstant());
        return new Row(judgment, rs.getBytes("reason_enc"));
    }
}
