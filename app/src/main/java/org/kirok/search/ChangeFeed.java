package org.kirok.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The committed changes, read from the audit log, which every write appends to in its own transaction. Writers
 * take the log's head row before appending, so sequence numbers are committed in order: whoever has seen entry n
 * has seen every entry before it, and tailing "seq &gt; last" never skips a change.
 */
final class ChangeFeed {

    /** One entry: which record (by the log's entity name and id) a committed change touched, if any. */
    record Change(long seq, Optional<String> entity, Optional<UUID> id) {
    }

    long head(Handle handle) {
        return handle.createQuery("SELECT seq FROM audit_tip WHERE id = 1").mapTo(Long.class).one();
    }

    List<Change> after(Handle handle, long seq, int limit) {
        return handle.createQuery("SELECT seq, entity, entity_id FROM audit_log WHERE seq > :seq ORDER BY seq LIMIT :limit")
                .bind("seq", seq).bind("limit", limit)
                .map((rs, ctx) -> new Change(rs.getLong(1), Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable(rs.getObject(3, UUID.class))))
                .list();
    }
}
