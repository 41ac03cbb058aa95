package org.kirok.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Empties the rows a fresh schema seeds (vocabularies, UPR states, risk rules …) before a backup's rows are copied
 * in. TRUNCATE cannot be used: the append-only tables (audit log, linkage judgments) deny it to Kirok's own role,
 * and a TRUNCATE of any table they reference would have to cascade into them. So rows are deleted, children before
 * the tables they reference; an append-only table must already be empty, which it is in a new database.
 */
final class SeedClearing {
    private SeedClearing() {
    }

    static void clear(Handle handle, List<String> tables) {
        List<String> deletable = new ArrayList<>();
        for (String table : tables) {
            boolean mayDelete = handle.createQuery("SELECT has_table_privilege(:t, 'DELETE')").bind("t", table)
                    .mapTo(Boolean.class).one();
            if (mayDelete) {
                deletable.add(table);
            } else if (handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one() > 0) {
                throw new IllegalStateException("the target database is not empty (the append-only table " + table
                        + " has rows): restore into a new, empty database");
            }
        }
        for (String table : childrenFirst(handle, deletable)) {
            handle.execute("DELETE FROM " + table);
        }
    }

    /** Orders the tables so that every table comes before those it references (Kahn's topological sort). */
    private static List<String> childrenFirst(Handle handle, List<String> tables) {
        Map<String, Set<String>> referencedBy = new HashMap<>();
        tables.forEach(t -> referencedBy.put(t, new HashSet<>()));
        handle.createQuery("SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent "
                        + "FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid")
                .map((rs, ctx) -> Map.entry(rs.getString("child"), rs.getString("parent")))
                .forEach(edge -> {
                    if (referencedBy.containsKey(edge.getValue()) && referencedBy.containsKey(edge.getKey())) {
                        referencedBy.get(edge.getValue()).add(edge.getKey());
                    }
                });
        Set<String> remaining = new LinkedHashSet<>(tables);
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(t -> referencedBy.get(t).stream().noneMatch(remaining::contains))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + remaining));
            remaining.remove(next);
            order.add(next);
        }
        return order;
    }
}
