package org.kirok.vault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A bounded least-recently-used cache of unwrapped data keys, in memory only. Thread-safe. */
final class DataKeyCache {
    private final Map<Subject, SubjectKey> entries;

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
        entries.put(subject, key);
    }

    synchronized void remove(Subject subject) {
        entries.remove(subject);
    }
}
