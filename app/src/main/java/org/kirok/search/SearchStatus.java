package org.kirok.search;

import java.util.Map;
import java.util.Optional;

/**
 * The index's state: where it is, which audit sequence number it covers against the log's head, and how many
 * documents of each type it holds; or why it is not available.
 */
public record SearchStatus(boolean available, String storage, long indexed, long head, Map<String, Long> documents,
                           Optional<String> problem) {

    public SearchStatus {
        documents = Map.copyOf(documents);
    }
}
