package org.kirok.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Every act in memory, in columns, so that any combination of dashboard facets over a million acts is counted in a
 * few milliseconds (PostgreSQL needs around a second for the same grouping sets on two cores). It loads once in
 * full, then follows the {@code act_change} log that triggers write on every change to an act, its perpetrators or
 * its victim's sex and birth year; reference tables are reloaded when their signature changes. Who may see what is
 * still decided by the access policy in SQL, per visibility class (see {@link Visibility}). Thread-safe.
 */
public final class ActIndex {
    /** Above this many changed acts a full reload is cheaper than fetching them by id. */
    private static final int FULL_RELOAD_AFTER = 50_000;

    private final Jdbi jdbi;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Dimensions dimensions;
    private ActSlots slots = new ActSlots();
    private VisibilityClasses classes = new VisibilityClasses();
    private volatile long lastChange = -1;
    private int generation;

    public ActIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A consistent view for one question: read under the lock, valid until the lock is released. */
    record Snapshot(Dimensions dimensions, ActSlots slots, VisibilityClasses classes, int generation, int firstYear,
                    int lastYear) {
    }

    /** Brings the index up to date, then runs the reader under the read lock. */
    <T> T read(java.util.function.Function<Snapshot, T> reader) {
        refresh();
        lock.readLock().lock();
        try {
            int thisYear = java.time.LocalDate.now().getYear();
            int first = slots.firstYear == Integer.MAX_VALUE ? thisYear - 10 : slots.firstYear;
            return reader.apply(new Snapshot(dimensions, slots, classes, generation, first,
                    Math.max(first, Math.min(slots.lastYear, thisYear))));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Loads everything again (at start, and after large imports). */
    public void reload() {
        lock.writeLock().lock();
        try {
            jdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
                ActRows.pruneOld(handle);
                long upTo = ActRows.lastChange(handle);
                Dimensions loaded = Dimensions.load(handle);
                ActSlots fresh = new ActSlots();
                VisibilityClasses freshClasses = new VisibilityClasses();
                ActRows.streamAll(handle, row -> fresh.put(row, loaded, freshClasses));
                dimensions = loaded;
                slots = fresh;
                classes = freshClasses;
                lastChange = upTo;
                generation++;
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Applies the changes logged since the last look; cheap when there are none (one small query). */
    public void refresh() {
        if (lastChange < 0) {
            reload();
            return;
        }
        Object[] state = jdbi.withHandle(handle -> new Object[] {ActRows.lastChange(handle), Dimensions.signature(handle)});
        if ((Long) state[0] == lastChange && state[1].equals(dimensions.signature)) {
            return;
        }
        lock.writeLock().lock();
        try {
            jdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
                long upTo = ActRows.lastChange(handle);
                if (!Dimensions.signature(handle).equals(dimensions.signature)) {
                    Dimensions loaded = Dimensions.load(handle);
                    slots.remap(dimensions, loaded);
                    dimensions = loaded;
                }
                if (upTo > lastChange) {
                    if (ActRows.changesBetween(handle, lastChange, upTo) > FULL_RELOAD_AFTER) {
                        lastChange = -1;
                        return;
                    }
                    List<UUID> changed = ActRows.changedSince(handle, lastChange, upTo);
                    List<ActRow> rows = ActRows.byIds(handle, changed);
                    java.util.Set<UUID> present = new java.util.HashSet<>();
                    for (ActRow row : rows) {
                        slots.put(row, dimensions, classes);
                        present.add(row.id());
                    }
                    changed.stream().filter(id -> !present.contains(id)).forEach(slots::remove);
                    lastChange = upTo;
                }
                generation++;
            });
        } finally {
            lock.writeLock().unlock();
        }
        if (lastChange < 0) {
            reload();
        }
    }

    /** The slots of acts matching every facet, newest first, for the lists the charts click through to. */
    List<UUID> matching(Snapshot snapshot, Facets facets, boolean[] visible, IntPredicate extra) {
        List<int[]> found = new ArrayList<>();
        FacetMatcher matcher = new FacetMatcher(snapshot.dimensions(), facets);
        ActSlots s = snapshot.slots();
        for (int slot = 0; slot < s.size; slot++) {
            int v = s.visibility[slot];
            if (v >= 0 && v < visible.length && visible[v] && matcher.matches(s, slot) && extra.test(slot)) {
                found.add(new int[] {slot, s.startDay[slot]});
            }
        }
        found.sort((a, b) -> Integer.compare(b[1], a[1]));
        return found.stream().map(a -> s.ids[a[0]]).toList();
    }

    /** How many acts the index holds (deleted ones excluded). */
    public int size() {
        return read(snapshot -> (int) Arrays.stream(snapshot.slots().visibility, 0, snapshot.slots().size).filter(v -> v >= 0).count());
    }
}
