package org.kirok.upr;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The SQL of recommendation imports: what is stored under which natural key, and batched inserts and updates
 * (thousands of rows per round trip; the driver rewrites them into multi-row statements).
 */
final class RecommendationWriter {
    private static final int BATCH = 1_000;

    /** What is stored under a natural key: the row's fingerprint, and whether an analyst set the category. */
    record Stored(UUID id, byte[] fingerprint, boolean categoryByAnalyst) {
    }

    Map<String, Stored> stored(Handle handle, Collection<String> externalIds) {
        Map<String, Stored> stored = new HashMap<>();
        handle.createQuery("SELECT external_id, id, fingerprint, category_source FROM upr_recommendation "
                        + "WHERE external_id = ANY(:ids)")
                .bindArray("ids", String.class, List.copyOf(externalIds))
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Stored(rs.getObject(2, UUID.class), rs.getBytes(3),
                        "analyst".equals(rs.getString(4)))))
                .forEach(e -> stored.put(e.getKey(), e.getValue()));
        return stored;
    }

    /** Sessions first seen in an import are added with their cycle (dates can be set later). */
    void ensureSessions(Handle handle, Collection<RecommendationRow> rows) {
        TreeSet<Integer> sessions = new TreeSet<>();
        rows.forEach(row -> sessions.add(row.session()));
        PreparedBatch batch = handle.prepareBatch("INSERT INTO upr_session (number, cycle) VALUES (:n, :c) ON CONFLICT DO NOTHING");
        sessions.forEach(n -> batch.bind("n", n).bind("c", RecommendationRow.cycleOf(n)).add());
        if (!sessions.isEmpty()) {
            batch.execute();
        }
    }

    /** The regional groups the rows report, one per state (the last row wins). */
    void saveGroups(Handle handle, Collection<RecommendationRow> rows) {
        Map<String, String> groups = new HashMap<>();
        rows.forEach(row -> groups.putAll(row.regionalGroups()));
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO upr_state (code, regional_group) VALUES (:code, :group)
                ON CONFLICT (code) DO UPDATE SET regional_group = EXCLUDED.regional_group, updated_at = now()
                WHERE upr_state.regional_group IS DISTINCT FROM EXCLUDED.regional_group""");
        groups.forEach((code, group) -> batch.bind("code", code).bind("group", group).add());
        if (!groups.isEmpty()) {
            batch.execute();
        }
    }

    void insert(Handle handle, List<RecommendationRow> rows, LongConsumer progress) {
        String sql = """
                INSERT INTO upr_recommendation (id, external_id, source, state_code, session, text, recommending,
                       response, response_raw, action_category, category_source, issues, document_symbol,
                       affected_persons, source_row, fingerprint)
                VALUES (:id, :external, :source, :state, :session, :text, :recommending, :response, :raw, :category,
                       :categorySource, :issues, :symbol, :affected, :sourceRow, :fingerprint)""";
        write(handle, sql, rows, progress, true);
    }

    void update(Handle handle, List<RecommendationRow> rows, LongConsumer progress) {
        String sql = """
                UPDATE upr_recommendation SET source = :source, state_code = :state, session = :session, text = :text,
                       recommending = :recommending, response = :response, response_raw = :raw,
                       action_category = CASE WHEN category_source = 'analyst' THEN action_category ELSE :category END,
                       category_source = CASE WHEN category_source = 'analyst' THEN category_source ELSE :categorySource END,
                       issues = :issues, document_symbol = :symbol, affected_persons = :affected,
                       source_row = :sourceRow, fingerprint = :fingerprint, version = version + 1, updated_at = now()
                WHERE external_id = :external""";
        write(handle, sql, rows, progress, false);
    }

    private static void write(Handle handle, String sql, List<RecommendationRow> rows, LongConsumer progress,
                              boolean withId) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<RecommendationRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            PreparedBatch batch = handle.prepareBatch(sql);
            for (RecommendationRow row : chunk) {
                if (withId) {
                    batch.bind("id", UUID.randomUUID());
                }
                batch.bind("external", row.externalId()).bind("source", row.source()).bind("state", row.stateCode())
                        .bind("session", row.session()).bind("text", row.text())
                        .bindArray("recommending", String.class, row.recommending())
                        .bind("response", row.response().map(Response::code).orElse(null))
                        .bind("raw", row.responseRaw().orElse(null)).bind("category", (short) row.actionCategory())
                        .bind("categorySource", row.categorySource())
                        .bindArray("issues", String.class, row.issues())
                        .bind("symbol", row.documentSymbol().orElse(null))
                        .bind("affected", row.affectedPersons().orElse(null))
                        .bind("sourceRow", row.sourceRow().orElse(null)).bind("fingerprint", row.fingerprint())
                        .add();
            }
            batch.execute();
            progress.accept(chunk.size());
        }
    }
}
