package org.kirok.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * One search as the index runs it: what was typed, who may see what, and the filters.
 *
 * @param identity    whether the user may read identities (names and protected text match only then)
 * @param access      the user's access filter ({@code AccessPolicy.visibleQuery}), applied to hits, totals and facets
 * @param filters     chosen facet values per dimension: any value of a dimension, every dimension
 * @param drill       for hierarchical dimensions, the path whose children the facet counts show
 * @param subjectAlso records whose subject (an act's victim) has, in a record this user may read, this facet
 *                    value — "acts whose victim had been forcibly repatriated"
 * @param facetValues how many values per dimension to count (0: no facets)
 * @param prefixLast  whether the last word may be incomplete (type-ahead)
 */
public record IndexQuery(QueryText text, boolean identity, Query access, Set<String> types,
                         Map<String, Set<String>> filters, Map<String, List<String>> drill,
                         Optional<LocalDate> from, Optional<LocalDate> to, Optional<FacetPath> subjectAlso,
                         SortOrder sort, int offset, int limit, int facetValues, boolean prefixLast) {
    public static final int MAX_LIMIT = 200;
    public static final int MAX_WINDOW = 10_000;

    public IndexQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(access, "access");
        types = Set.copyOf(types);
        filters = Map.copyOf(filters);
        drill = Map.copyOf(drill);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("hits " + offset + " to " + (offset + limit) + " cannot be asked for: "
                    + "at most " + MAX_LIMIT + " at a time, within the first " + MAX_WINDOW);
        }
        if (facetValues < 0 || facetValues > 100) {
            throw new IllegalArgumentException("facet values per dimension: 0 to 100, not " + facetValues);
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the period starts (" + from.get() + ") after it ends (" + to.get() + ")");
        }
    }
}
