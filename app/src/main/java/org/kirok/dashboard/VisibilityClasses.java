package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The distinct combinations of what record-level access depends on for an act — confidentiality, owning
 * organisation and the record's date (for agreements that share records from a date on) — numbered densely. Which
 * classes a user may see is asked of {@link org.kirok.security.AccessPolicy} in SQL, once per class rather than
 * once per act. Thread-safe for readers once built; {@link #intern} is called under the index's write lock.
 */
final class VisibilityClasses {
    record Key(String confidentiality, UUID organisation, LocalDate recordDate) {
    }

    private final Map<Key, Integer> index = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();

    int intern(String confidentiality, UUID organisation, LocalDate recordDate) {
        return index.computeIfAbsent(new Key(confidentiality, organisation, recordDate), key -> {
            keys.add(key);
            return keys.size() - 1;
        });
    }

    int size() {
        return keys.size();
    }

    List<Key> keys() {
        return List.copyOf(keys);
    }
}
