package org.kirok.search.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kirok.search.SearchRequest;
import org.kirok.search.index.QueryText;
import org.kirok.search.index.SortOrder;
import org.kirok.store.InvalidInputException;
import org.kirok.web.PeriodBound;

/**
 * Reads a search from a query string, the same for the page and the API: {@code q}, {@code type} (repeatable or
 * comma-separated), {@code facet.<dimension>} (repeatable), {@code from}/{@code to} (a year, a month or a day),
 * {@code victim_of} (an act type code), {@code sort}, {@code page}, {@code size}. Bad values are refused naming the
 * parameter.
 */
final class SearchParams {
    static final String FACET = "facet.";

    private SearchParams() {
    }

    static SearchRequest read(Context ctx) {
        return read(ctx.queryParamMap());
    }

    static SearchRequest read(Map<String, List<String>> params) {
        Set<String> types = new LinkedHashSet<>();
        for (String value : params.getOrDefault("type", List.of())) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.strip());
                }
            }
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(FACET)) {
                values.stream().filter(value -> !value.isBlank()).forEach(value -> filters
                        .computeIfAbsent(name.substring(FACET.length()), dimension -> new LinkedHashSet<>()).add(value.strip()));
            }
        });
        return new SearchRequest(QueryText.parse(first(params, "q").orElse("")), types, filters,
                first(params, "from").map(text -> PeriodBound.day("from", text, true)),
                first(params, "to").map(text -> PeriodBound.day("to", text, false)),
                first(params, "victim_of"), first(params, "sort").map(SortOrder::parse),
                number(params, "page", 1), number(params, "size", SearchRequest.DEFAULT_SIZE));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(value -> value != null && !value.isBlank())
                .map(String::strip).findFirst();
    }

    private static int number(Map<String, List<String>> params, String name, int fallback) {
        Optional<String> text = first(params, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number (got '" + text.get() + "')");
        }
    }

}
