package org.kirok.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kirok.search.index.IndexQuery;
import org.kirok.search.index.QueryText;
import org.kirok.search.index.SortOrder;
import org.kirok.store.InvalidInputException;

/**
 * One search as a user asks for it: text, document types, facet filters (any value within a dimension, all
 * dimensions), a period, "acts whose victim also suffered …" ({@code victimOf}, an act type code), order and page.
 */
public record SearchRequest(QueryText text, Set<String> types, Map<String, Set<String>> filters,
                            Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> victimOf,
                            Optional<SortOrder> sort, int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        types = Set.copyOf(types);
        Map<String, Set<String>> copied = new LinkedHashMap<>();
        filters.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copied.put(dimension, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copied);
        if (page < 1) {
            throw new InvalidInputException("page", "page numbers start at 1 (got " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size is 1 to " + MAX_SIZE + " hits per page (got " + size + ")");
        }
        if ((long) page * size > IndexQuery.MAX_WINDOW) {
            throw new InvalidInputException("page", "only the first " + IndexQuery.MAX_WINDOW
                    + " hits can be paged through; narrow the search with words or filters");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidInputException("from", "the period starts (" + from.get() + ") after it ends (" + to.get()
                    + ")");
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(QueryText.parse(text), Set.of(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1, DEFAULT_SIZE);
    }

    /** Relevance for a text search, newest first for browsing without text. */
    public SortOrder effectiveSort() {
        return sort.orElse(text.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE);
    }
}
