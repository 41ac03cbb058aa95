package org.kirok.search.index;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What a search found: the total, one page of hits and the facet counts — all over records the user may read — and
 * the query to cut snippets with.
 */
public record IndexResult(long total, List<IndexHit> hits, List<DimensionCounts> facets, Query highlight) {

    public IndexResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
