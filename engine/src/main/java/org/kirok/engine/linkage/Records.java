package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The records to link: an id and named text columns per record, stored column by column. For
 * linking two files every record also knows its source (0 or 1); for deduplication all are 0.
 * Immutable after construction, thread-safe.
 */
public final class Records {
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final String[] ids;
    private final String[][] cells;
    private final byte[] sources;
    private final boolean linking;
    private final Map<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private Records(List<String> columns, String[] ids, String[][] cells, byte[] sources, boolean linking) {
        this.columns = List.copyOf(columns);
        this.columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columnIndex.put(columns.get(i), i) != null) {
                throw new IllegalArgumentException("column '" + columns.get(i) + "' appears twice");
            }
        }
        this.ids = ids;
        this.cells = cells;
        this.sources = sources;
        this.linking = linking;
    }

    /** Builds a table row by row. Not thread-safe. */
    public static final class Builder {
        private final List<String> columns;
        private final List<String> ids = new ArrayList<>();
        private final List<String[]> rows = new ArrayList<>();
        private final List<Byte> sources = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        public Builder(List<String> columns) {
            this.columns = List.copyOf(columns);
        }

        /** Adds a record; null cells are stored as "" (missing). */
        public Builder add(String id, int source, String... values) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("record " + (ids.size() + 1) + " has an empty id");
            }
            if (source != 0 && source != 1) {
                throw new IllegalArgumentException("record '" + id + "': source must be 0 or 1, not " + source);
            }
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("record '" + id + "' has " + values.length + " values for "
                        + columns.size() + " columns " + columns);
            }
            if (!seen.add(source + "\u0000" + id)) {
                throw new IllegalArgumentException("id '" + id + "' appears twice" + (source == 1 ? " in the second file" : ""));
            }
            String[] row = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                row[i] = values[i] == null ? "" : values[i].strip();
            }
            ids.add(id);
            rows.add(row);
            sources.add((byte) source);
            return this;
        }

        public Records build() {
            int n = ids.size();
            String[][] cells = new String[columns.size()][n];
            byte[] source = new byte[n];
            boolean linking = false;
            for (int r = 0; r < n; r++) {
                String[] row = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    cells[c][r] = row[c];
                }
                source[r] = sources.get(r);
                linking |= source[r] == 1;
            }
            return new Records(columns, ids.toArray(String[]::new), cells, source, linking);
        }
    }

    public int size() {
        return ids.length;
    }

    public String id(int record) {
        return ids[record];
    }

    public List<String> columns() {
        return columns;
    }

    public Optional<Integer> column(String name) {
        return Optional.ofNullable(columnIndex.get(name));
    }

    /** The column's index, or an exception naming the columns there are. */
    public int requireColumn(String name) {
        return column(name).orElseThrow(() -> new IllegalArgumentException(
                "no column '" + name + "'; the columns are " + columns));
    }

    /** The stripped value, "" when missing. */
    public String value(int column, int record) {
        return cells[column][record];
    }

    public String[] column(int column) {
        return cells[column].clone();
    }

    /**
     * A per-record value derived from one column, computed once (in parallel) and kept for the
     * life of this table: parsed names are needed by several comparisons and blocking rules.
     */
    <T> T[] derived(int column, String what, java.util.function.IntFunction<T[]> array,
            java.util.function.Function<String, T> derive) {
        return derivedAt(column, what, array, i -> derive.apply(cells[column][i]));
    }

    /**
     * A value derived from a whole column, computed once and kept for the life of this table: the
     * neighbourhoods of the given names serve a comparison and a blocking rule.
     */
    @SuppressWarnings("unchecked")
    <T> T derivedForColumn(int column, String what, java.util.function.Supplier<T> derive) {
        String key = column + "\u0000table\u0000" + what;
        Object known = derived.get(key);
        if (known == null) {
            T value = derive.get();
            known = derived.putIfAbsent(key, value);
            return known == null ? value : (T) known;
        }
        return (T) known;
    }

    /** As {@link #derived}, computing each record's value from its index. */
    @SuppressWarnings("unchecked")
    <T> T[] derivedAt(int column, String what, java.util.function.IntFunction<T[]> array,
            java.util.function.IntFunction<T> deriveAt) {
        String key = column + "\u0000" + what;
        Object known = derived.get(key);
        if (known == null) {
            // computed outside the map's lock: a derivation may itself need another derived column
            T[] values = array.apply(size());
            java.util.stream.IntStream.range(0, size()).parallel().forEach(i -> values[i] = deriveAt.apply(i));
            known = derived.putIfAbsent(key, values);
            return known == null ? values : (T[]) known;
        }
        return (T[]) known;
    }

    public int source(int record) {
        return sources[record];
    }

    /** True when records come from two sources and only cross-source pairs are compared. */
    public boolean linking() {
        return linking;
    }

    /** Number of pairs that could be compared: n(n−1)/2 within one file, |A|·|B| across two. */
    public long possiblePairs() {
        long n = size();
        if (!linking) {
            return n * (n - 1) / 2;
        }
        long second = 0;
        for (byte s : sources) {
            second += s;
        }
        return (n - second) * second;
    }
}
