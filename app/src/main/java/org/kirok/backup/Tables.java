package org.kirok.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The application's tables in an order that satisfies every foreign key (parents first), read from the
 * catalogue — so tables added by later features are backed up without anyone remembering to list them — with the
 * self-referencing column of tables that form trees (places, organisations, derived attachments).
 */
record Tables(List<String> order, Map<String, String> selfReference) {

    static Tables read(Handle handle) {
        Map<String, Set<String>> dependencies = new HashMap<>();
        handle.createQuery("""
                SELECT c.relname, f.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
                LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
                LEFT JOIN pg_class f ON f.oid = k.confrelid
                WHERE c.relkind = 'r' AND c.relname <> 'flyway_schema_history'""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(row -> {
                    dependencies.computeIfAbsent(row[0], k -> new LinkedHashSet<>());
                    if (row[1] != null && !row[1].equals(row[0])) {
                        dependencies.get(row[0]).add(row[1]);
                    }
                });
        Map<String, String> self = new HashMap<>();
        handle.createQuery("""
                SELECT c.relname, a.attname FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                WHERE k.contype = 'f' AND k.conrelid = k.confrelid""")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> self.put(e.getKey(), e.getValue()));
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        dependencies.keySet().stream().sorted().forEach(table -> visit(table, dependencies, order, visiting));
        return new Tables(List.copyOf(order), Map.copyOf(self));
    }

    private static void visit(String table, Map<String, Set<String>> dependencies, List<String> order, Set<String> visiting) {
        if (order.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("foreign keys form a cycle through " + visiting + ": cannot order the backup");
        }
        for (String parent : dependencies.getOrDefault(table, Set.of()).stream().sorted().toList()) {
            visit(parent, dependencies, order, visiting);
        }
        visiting.remove(table);
        order.add(table);
    }

    /** The SELECT that exports a table with parents before children. */
    String exportQuery(String table) {
        Optional<String> column = Optional.ofNullable(selfReference.get(table));
        if (column.isEmpty()) {
            return "SELECT * FROM " + table;
        }
        String c = column.get();
        return "SELECT t.* FROM " + table + " t JOIN (WITH RECURSIVE tree AS (SELECT id, 0 AS depth FROM " + table
                + " WHERE " + c + " IS NULL UNION ALL SELECT x.id, tree.depth + 1 FROM " + table + " x JOIN tree ON x." + c
                + " = tree.id) SELECT id, depth FROM tree) d ON d.id = t.id ORDER BY d.depth";
    }
}
