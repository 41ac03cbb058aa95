package org.kirok.vault;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bounded least-recently-used cache of unwrapped data keys, in memory only. Thread-safe.
 *
 * <p>A destroyed key must never come back: while an erasure's transaction is still open, another thread may read
 * the key's row as it was before (its snapshot) and offer the key to the cache, which would then outlive the
 * erasure. So a subject once {@linkplain #forget forgotten} is never cached again; its key is read from the database
 * each time, where it is gone once the erasure commits (or still there if it rolled back).
 */
final class DataKeyCache {
    private final Map<Subject, SubjectKey> entries;
    private final Set<Subject> forgotten = new HashSet<>();

    DataKeyCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Subject, SubjectKey> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SubjectKey> get(Subject subject) {
        return Optional.ofNullable(entries.get(subject));
    }

    synchronized void put(Subject subject, SubjectKey key) {
        if (!forgotten.contains(subject)) {
            entries.put(subject, key);
        }
    }

    /** Drops the subject's key and refuses to cache it again (its key is being destroyed). */
    synchronized void forget(Subject subject) {
        entries.remove(subject);
        forgotten.add(subject);
    }
}
