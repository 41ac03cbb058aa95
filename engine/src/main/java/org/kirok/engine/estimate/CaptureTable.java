package org.kirok.engine.estimate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capture histories of k lists (2 ≤ k ≤ 15): for every non-empty combination of lists, how many
 * individuals appear on exactly those lists. This is the whole input of multiple systems
 * estimation.
 *
 * <p>A combination is a <em>pattern</em>: an int whose bit i (value {@code 1 << i}) says "on list
 * i", lists numbered from 0 in the order of {@link #lists()}. Pattern 0 — on no list — is what is
 * being estimated, so its count is never part of the table.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaptureTable {

    public static final int MIN_LISTS = 2;
    public static final int MAX_LISTS = 15;

    private final List<String> lists;
    private final long[] counts;
    private final long observed;

    private CaptureTable(List<String> lists, long[] counts) {
        this.lists = lists;
        this.counts = counts;
        long total = 0;
        for (long count : counts) {
            total = Math.addExact(total, count);
        }
        this.observed = total;
        if (observed == 0) {
            throw new IllegalArgumentException("the table records nobody: every capture pattern has count 0");
        }
    }

    /**
     * A table from its list names and its counts indexed by pattern ({@code countsByPattern.length
     * == 2^k}); entry 0, the unobserved pattern, must be 0.
     */
    public static CaptureTable of(List<String> lists, long[] countsByPattern) {
        List<String> names = validatedNames(lists);
        int cells = 1 << names.size();
        if (countsByPattern.length != cells) {
            throw new IllegalArgumentException("expected " + cells + " counts (one per pattern, 2^" + names.size()
                    + "), got " + countsByPattern.length);
        }
        if (countsByPattern[0] != 0) {
            throw new IllegalArgumentException(
                    "the pattern on no list cannot have a count (got " + countsByPattern[0] + "): it is the unknown");
        }
        for (int pattern = 1; pattern < cells; pattern++) {
            if (countsByPattern[pattern] < 0) {
                throw new IllegalArgumentException("count of pattern " + describe(pattern, names.size())
                        + " is negative: " + countsByPattern[pattern]);
            }
        }
        return new CaptureTable(names, countsByPattern.clone());
    }

    /** A table built pattern by pattern; see {@link Builder}. */
    public static Builder builder(List<String> lists) {
        return new Builder(validatedNames(lists));
    }

    public List<String> lists() {
        return lists;
    }

    public int listCount() {
        return lists.size();
    }

    /** 2^k − 1: the number of observable patterns. */
    public int observableCells() {
        return counts.length - 1;
    }

    public long count(int pattern) {
        if (pattern < 1 || pattern >= counts.length) {
            throw new IllegalArgumentException("pattern " + pattern + " outside 1.." + (counts.length - 1));
        }
        return counts[pattern];
    }

    /** The number of distinct individuals on at least one list. */
    public long observed() {
        return observed;
    }

    /** How many individuals are on every list in {@code lists} (and perhaps others). */
    public long overlap(int listsPattern) {
        long total = 0;
        for (int pattern = 1; pattern < counts.length; pattern++) {
            if ((pattern & listsPattern) == listsPattern) {
                total += counts[pattern];
            }
        }
        return total;
    }

    /** Pattern as 0/1 flags in list order, e.g. "1,0,1". */
    public String describe(int pattern) {
        return describe(pattern, lists.size());
    }

    static String describe(int pattern, int listCount) {
        StringBuilder flags = new StringBuilder();
        for (int list = 0; list < listCount; list++) {
            flags.append(list == 0 ? "" : ",").append((pattern >> list) & 1);
        }
        return flags.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaptureTable table && lists.equals(table.lists) && Arrays.equals(counts, table.counts);
    }

    @Override
    public int hashCode() {
        return 31 * lists.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CaptureTable" + lists + " observed=" + observed;
    }

    private static List<String> validatedNames(List<String> lists) {
        List<String> names = List.copyOf(lists);
        if (names.size() < MIN_LISTS || names.size() > MAX_LISTS) {
            throw new IllegalArgumentException("multiple systems estimation needs " + MIN_LISTS + " to " + MAX_LISTS
                    + " lists, got " + names.size() + " " + names);
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("list names must not be blank: " + names);
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("list name '" + name + "' appears twice (ignoring case) in " + names);
            }
        }
        return names;
    }

    /** Accumulates counts per pattern; patterns added twice are summed. Not thread-safe. */
    public static final class Builder {
        private final List<String> lists;
        private final long[] counts;

        private Builder(List<String> lists) {
            this.lists = lists;
            this.counts = new long[1 << lists.size()];
        }

        /** Adds {@code count} individuals with the given pattern (bit i = on list i). */
        public Builder add(int pattern, long count) {
            if (pattern < 1 || pattern >= counts.length) {
                throw new IllegalArgumentException("pattern " + pattern + " outside 1.." + (counts.length - 1)
                        + " (pattern 0, on no list, cannot be observed)");
            }
            if (count < 0) {
                throw new IllegalArgumentException(
                        "count of pattern " + describe(pattern, lists.size()) + " is negative: " + count);
            }
            counts[pattern] = Math.addExact(counts[pattern], count);
            return this;
        }

        public CaptureTable build() {
            return CaptureTable.of(lists, counts);
        }
    }
}
