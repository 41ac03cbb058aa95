package org.kirok.search.source;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Small SQL helpers the sources share: ids by a query over {@code :ids}, and keyset paging over a table. */
final class Queries {
    private Queries() {
    }

    static Set<UUID> ids(Handle handle, String sql, Collection<UUID> ids) {
        return new LinkedHashSet<>(handle.createQuery(sql).bindArray("ids", UUID.class, List.copyOf(ids))
                .mapTo(UUID.class).list());
    }

    /** {@code SELECT id FROM table [WHERE condition] AND id > after ORDER BY id LIMIT limit}. */
    static List<UUID> page(Handle handle, String table, String condition, Optional<UUID> after, int limit) {
        String where = (condition.isEmpty() ? "" : condition + " AND ") + "id > :after";
        return handle.createQuery("SELECT id FROM " + table + " WHERE " + where + " ORDER BY id LIMIT :limit")
                // the nil UUID sorts first: PostgreSQL compares UUIDs byte by byte, unlike java.util.UUID
                .bind("after", after.orElse(new UUID(0, 0))).bind("limit", limit)
                .mapTo(UUID.class).list();
    }
}
