package org.kirok.search;

import java.util.List;
import java.util.UUID;

/**
 * What one user finds: the total, one page of hits and the facets, all computed over records this user may read.
 *
 * @param complete whether the index had caught up with every committed change when the search ran; false while a
 *                 first build or a long catch-up is still running, and then {@code total} counts only the hits
 *                 shown (each confirmed by the database) and there are no facets
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, List<Facet> facets, boolean complete) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /**
     * One hit. {@code snippet} is HTML: escaped text with matches in {@code <mark>} — the only HTML in a result.
     */
    public record Hit(String type, UUID id, String title, String detail, String url, String snippet, float score) {
    }

    /**
     * One facet: its dimension, whether its values form a hierarchy (choosing one drills down to its children), the
     * chosen path and the counted values below it.
     */
    public record Facet(String dimension, boolean hierarchical, List<FacetValue> path, List<FacetValue> values) {
        public Facet {
            path = List.copyOf(path);
            values = List.copyOf(values);
        }
    }

    /** A facet value with its label in the reader's language, its count and whether it is a chosen filter. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
