package org.kirok.analysis.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of linkage runs, their scored pairs and proposed clusters. Holds ids, scores and counts; never a name. */
final class LinkageRunStore {
    private static final String SELECT = """
            SELECT r.id, r.status, r.threshold, r.review_low, r.review_high, r.settings, r.persons, r.records,
                   r.candidate_pairs, r.linked_pairs, r.clusters, r.stored_pairs, r.inferred, r.retracted, r.error,
                   u.display_name, r.started_at, r.finished_at
            FROM linkage_run r JOIN app_user u ON u.id = r.started_by""";

    /** A pair of a run as the review queue and the API show it. */
    record PairRow(UUID runId, PersonPair pair, double probability, double weight, String explanation, boolean sameCluster) {
        Explanation explained() {
            return Explanation.fromJson(explanation, weight, probability);
        }
    }

    void insert(Handle handle, UUID id, RunSettings settings, String settingsJson, Optional<UUID> organisation, UUID user) {
        handle.createUpdate("""
                INSERT INTO linkage_run (id, status, threshold, review_low, review_high, settings, organisation_id, started_by)
                VALUES (:id, 'running', :threshold, :low, :high, :settings, :org, :user)""")
                .bind("id", id).bind("threshold", settings.threshold()).bind("low", settings.reviewLow())
                .bind("high", settings.reviewHigh()).bind("settings", settingsJson).bind("org", organisation.orElse(null))
                .bind("user", user).execute();
    }

    /** Marks runs left "running" by a server that stopped; called while no run is going on. */
    int markInterrupted(Handle handle) {
        return handle.createUpdate("""
                UPDATE linkage_run SET status = 'failed', finished_at = :now,
                       error = 'interrupted: the server stopped before the run finished'
                WHERE status = 'running'""").bind("now", Instant.now()).execute();
    }

    void finish(Handle handle, UUID id, LinkageRun.Counts counts, String settingsJson) {
        handle.createUpdate("""
                UPDATE linkage_run SET status = 'done', finished_at = :now, persons = :persons, records = :records,
                       candidate_pairs = :candidates, linked_pairs = :linked, clusters = :clusters,
                       stored_pairs = :stored, inferred = :inferred, retracted = :retracted, settings = :settings
                WHERE id = :id""")
                .bind("id", id).bind("now", Instant.now()).bind("persons", counts.persons())
                .bind("records", counts.records()).bind("candidates", counts.candidatePairs())
                .bind("linked", counts.linkedPairs()).bind("clusters", counts.clusters())
                .bind("stored", counts.storedPairs()).bind("inferred", counts.inferred())
                .bind("retracted", counts.retracted()).bind("settings", settingsJson).execute();
    }

    void fail(Handle handle, UUID id, String error) {
        handle.createUpdate("UPDATE linkage_run SET status = 'failed', finished_at = :now, error = :error WHERE id = :id")
                .bind("id", id).bind("now", Instant.now()).bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .execute();
    }

    void insertPairs(Handle handle, UUID runId, List<PersonLevel.ScoredPair> pairs) {
        var batch = handle.prepareBatch("""
                INSERT INTO linkage_pair (run_id, left_id, right_id, probability, weight, explanation, same_cluster)
                VALUES (:run, :left, :right, :probability, :weight, :explanation, :same)""");
        for (PersonLevel.ScoredPair pair : pairs) {
            batch.bind("run", runId).bind("left", pair.pair().left()).bind("right", pair.pair().right())
                    .bind("probability", pair.explanation().probability()).bind("weight", pair.explanation().weight())
                    .bind("explanation", pair.explanation().toJson()).bind("same", pair.sameCluster()).add();
        }
        if (!pairs.isEmpty()) {
            batch.execute();
        }
    }

    void insertClusters(Handle handle, UUID runId, Map<UUID, UUID> clusterOf) {
        var batch = handle.prepareBatch("""
                INSERT INTO linkage_cluster (run_id, person_id, cluster_id) VALUES (:run, :person, :cluster)""");
        clusterOf.forEach((person, cluster) -> batch.bind("run", runId).bind("person", person).bind("cluster", cluster).add());
        if (!clusterOf.isEmpty()) {
            batch.execute();
        }
    }

    Optional<LinkageRun> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE r.id = :id AND " + visibleSql).bind("id", id)
                .map(LinkageRunStore::map).findOne();
    }

    List<LinkageRun> list(Handle handle, String visibleSql, int limit) {
        return handle.createQuery(SELECT + " WHERE " + visibleSql + " ORDER BY r.started_at DESC LIMIT :limit")
                .bind("limit", limit).map(LinkageRunStore::map).list();
    }

    Optional<LinkageRun> latestDone(Handle handle, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE r.status = 'done' AND " + visibleSql
                + " ORDER BY r.finished_at DESC LIMIT 1").map(LinkageRunStore::map).findOne();
    }

    /**
     * Pairs of the run in the probability band that no person has judged yet and whose two records the user may
     * both see, most uncertain first (closest to the threshold).
     */
    List<PairRow> queue(Handle handle, LinkageRun run, String visibleLeft, String visibleRight, int offset, int limit) {
        return handle.createQuery("SELECT lp.run_id, lp.left_id, lp.right_id, lp.probability, lp.weight, lp.explanation,"
                + " lp.same_cluster" + queueWhere(visibleLeft, visibleRight)
                + " ORDER BY abs(lp.probability - :threshold), lp.left_id, lp.right_id LIMIT :limit OFFSET :offset")
                .bind("run", run.id()).bind("low", run.settings().reviewLow()).bind("high", run.settings().reviewHigh())
                .bind("threshold", run.settings().threshold()).bind("limit", limit).bind("offset", offset)
                .map(LinkageRunStore::mapPair).list();
    }

    /** The queue's pairs: in the run's band, not judged by a person, both records visible (aliases pl, pr) and not erased. */
    private static String queueWhere(String visibleLeft, String visibleRight) {
        return """
                 FROM linkage_pair lp
                JOIN person pl ON pl.id = lp.left_id
                JOIN person pr ON pr.id = lp.right_id
                WHERE lp.run_id = :run AND lp.probability >= :low AND lp.probability <= :high
                  AND pl.erased_at IS NULL AND pr.erased_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM linkage_judgment j WHERE j.left_id = lp.left_id
                                  AND j.right_id = lp.right_id AND j.decided_by IS NOT NULL)
                  AND\s""" + visibleLeft + " AND " + visibleRight;
    }

    long queueSize(Handle handle, LinkageRun run, String visibleLeft, String visibleRight) {
        return handle.createQuery("SELECT count(*)" + queueWhere(visibleLeft, visibleRight))
                .bind("run", run.id()).bind("low", run.settings().reviewLow()).bind("high", run.settings().reviewHigh())
                .mapTo(Long.class).one();
    }

    /** Pairs of a run for the API, strongest first, from a minimum probability, both records visible. */
    List<PairRow> pairs(Handle handle, UUID runId, double minimum, String visibleLeft, String visibleRight, int offset,
                        int limit) {
        return handle.createQuery("""
                SELECT lp.run_id, lp.left_id, lp.right_id, lp.probability, lp.weight, lp.explanation, lp.same_cluster
                FROM linkage_pair lp JOIN person pl ON pl.id = lp.left_id JOIN person pr ON pr.id = lp.right_id
                WHERE lp.run_id = :run AND lp.probability >= :minimum AND """ + " " + visibleLeft + " AND " + visibleRight + """
                 ORDER BY lp.probability DESC, lp.left_id, lp.right_id LIMIT :limit OFFSET :offset""")
                .bind("run", runId).bind("minimum", minimum).bind("limit", limit).bind("offset", offset)
                .map(LinkageRunStore::mapPair).list();
    }

    private static PairRow mapPair(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PairRow(rs.getObject(1, UUID.class), new PersonPair(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)),
                rs.getDouble(4), rs.getDouble(5), rs.getString(6), rs.getBoolean(7));
    }

    private static LinkageRun map(ResultSet rs, StatementContext ctx) throws SQLException {
        Optional<LinkageRun.Counts> counts = rs.getObject("persons") == null || rs.getObject("stored_pairs") == null
                ? Optional.empty()
                : Optional.of(new LinkageRun.Counts(rs.getInt("persons"), rs.getInt("records"), rs.getLong("candidate_pairs"),
                        rs.getLong("linked_pairs"), rs.getInt("clusters"), rs.getInt("stored_pairs"), rs.getInt("inferred"),
                        rs.getInt("retracted")));
        return new LinkageRun(rs.getObject("id", UUID.class), rs.getString("status"),
                new RunSettings(rs.getDouble("threshold"), rs.getDouble("review_low"), rs.getDouble("review_high")),
                rs.getString("settings"), counts, Optional.ofNullable(rs.getString("error")), rs.getString("display_name"),
                rs.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("finished_at")).map(java.sql.Timestamp::toInstant));
    }
}
