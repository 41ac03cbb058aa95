package org.kirok.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so an entry exists exactly when the
 * write it describes was committed. Writers queue on the single head row; that is the price of one total
 * order. Details must never hold protected values (names, transcripts): callers pass field names, ids,
 * codes and counts. Thread-safe.
 */
public final class AuditLog {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public void record(Handle handle, Actor actor, String action, String entity, UUID entityId,
                       Map<String, ?> detail) {
        append(handle, actor, action, Optional.ofNullable(entity), Optional.ofNullable(entityId), detail);
    }

    public void record(Handle handle, Actor actor, String action, Map<String, ?> detail) {
        append(handle, actor, action, Optional.empty(), Optional.empty(), detail);
    }

    private void append(Handle handle, Actor actor, String action, Optional<String> entity,
                        Optional<UUID> entityId, Map<String, ?> detail) {
        Map.Entry<Long, byte[]> head = handle.createQuery("SELECT seq, hash FROM audit_tip WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBytes(2)))
                .one();
        long seq = head.getKey() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        String detailText = canonicalJson(detail);
        byte[] hash = AuditEntry.computeHash(seq, at, actor.userId(), actor.label(), action, entity, entityId,
                detailText, head.getValue());
        handle.createUpdate("""
                INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity, entity_id, detail, prev_hash, hash)
                VALUES (:seq, :at, :actor, :label, :action, :entity, :entityId, :detail, :prev, :hash)""")
                .bind("seq", seq).bind("at", at).bind("actor", actor.userId().orElse(null))
                .bind("label", actor.label()).bind("action", action).bind("entity", entity.orElse(null))
                .bind("entityId", entityId.orElse(null)).bind("detail", detailText)
                .bind("prev", head.getValue()).bind("hash", hash)
                .execute();
        handle.createUpdate("UPDATE audit_tip SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
    }

    static String canonicalJson(Map<String, ?> detail) {
        try {
            return CANONICAL.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serializable: " + e.getMessage(), e);
        }
    }
}
