package org.kirok.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kirok.search.SearchResult;
import org.kirok.vocabulary.Term;
import org.kirok.web.FormValues;

/**
 * What the results page shows: the query string as the user sent it, the result (absent when the search could not
 * run), the document types and act types to choose from, and any problem to report.
 */
public record SearchPage(Map<String, List<String>> params, Optional<SearchResult> result, List<String> types,
                         List<Term> actTypes, Optional<String> problem) {

    public SearchPage {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        params = java.util.Collections.unmodifiableMap(copy);
        types = List.copyOf(types);
        actTypes = List.copyOf(actTypes);
    }

    public FormValues form() {
        return new FormValues(params);
    }

    /** Links that keep this search and change one filter. */
    public SearchLinks links() {
        return new SearchLinks(params);
    }

    public boolean hasResult() {
        return result.isPresent();
    }

    public SearchResult found() {
        return result.orElseThrow();
    }

    /** The chosen facet values as (parameter, value) pairs, kept as hidden fields when the form is sent again. */
    public List<Map.Entry<String, String>> facetParameters() {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        params.forEach((name, values) -> {
            if (name.startsWith(SearchParams.FACET)) {
                values.forEach(value -> pairs.add(Map.entry(name, value)));
            }
        });
        return pairs;
    }
}
