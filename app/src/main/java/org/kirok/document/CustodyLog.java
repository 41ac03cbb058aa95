package org.kirok.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.vault.SubjectKey;
import org.kirok.web.Json;

/**
 * The chain of custody of a source's files, read from the hash-chained audit log rather than kept beside it: the
 * log the database role cannot rewrite is the only record, so the custody log cannot disagree with it.
 */
final class CustodyLog {
    private CustodyLog() {
    }

    /** Every custody step of the source's files, oldest first; notes opened with the source's key when given. */
    static List<CustodyEntry> of(Handle handle, UUID sourceId, Optional<SubjectKey> key) {
        return handle.createQuery("""
                SELECT seq, at, actor_label, action, detail, hash FROM audit_log
                WHERE entity = 'source' AND entity_id = :source AND action LIKE 'attachment.%'
                ORDER BY seq""")
                .bind("source", sourceId)
                .map((rs, ctx) -> entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6), key))
                .list();
    }

    private static CustodyEntry entry(long seq, java.time.Instant at, String actor, String action, String detailText,
                                      byte[] hash, Optional<SubjectKey> key) {
        JsonNode detail;
        try {
            detail = Json.mapper().readTree(detailText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + seq + " holds no JSON detail", e);
        }
        UUID attachment = UUID.fromString(detail.path("attachment_id").asText());
        Optional<String> note = text(detail, CustodyNotes.DETAIL).map(sealed -> CustodyNotes.open(key, attachment, sealed))
                .or(() -> text(detail, "reason"));
        return new CustodyEntry(seq, at, actor, action, attachment, text(detail, "sha256"), note,
                text(detail, "package_id"), HexFormat.of().formatHex(hash));
    }

    private static Optional<String> text(JsonNode detail, String field) {
        JsonNode value = detail.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
