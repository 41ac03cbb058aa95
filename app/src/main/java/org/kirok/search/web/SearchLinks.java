package org.kirok.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links of the results page that keep the current search and change one thing: add or remove a facet value, drill
 * into a hierarchy, go to a page. Every such link starts again at page 1, except page links. Immutable.
 */
public final class SearchLinks {
    private final Map<String, List<String>> params;

    SearchLinks(Map<String, List<String>> params) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.params = copy;
    }

    /** Adds a value to a dimension's filter (several values of one dimension: any of them). */
    public String with(String dimension, String value) {
        Map<String, List<String>> next = copyWithoutPage();
        List<String> values = new ArrayList<>(next.getOrDefault(SearchParams.FACET + dimension, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        next.put(SearchParams.FACET + dimension, values);
        return query(next);
    }

    /** Replaces a dimension's filter with one value: drilling down a hierarchy, or up to an ancestor. */
    public String only(String dimension, String value) {
        Map<String, List<String>> next = copyWithoutPage();
        next.put(SearchParams.FACET + dimension, List.of(value));
        return query(next);
    }

    public String without(String dimension, String value) {
        Map<String, List<String>> next = copyWithoutPage();
        List<String> values = new ArrayList<>(next.getOrDefault(SearchParams.FACET + dimension, List.of()));
        values.remove(value);
        next.put(SearchParams.FACET + dimension, values);
        return query(next);
    }

    public String withoutDimension(String dimension) {
        Map<String, List<String>> next = copyWithoutPage();
        next.remove(SearchParams.FACET + dimension);
        return query(next);
    }

    public String page(long number) {
        Map<String, List<String>> next = copyWithoutPage();
        next.put("page", List.of(Long.toString(number)));
        return query(next);
    }

    private Map<String, List<String>> copyWithoutPage() {
        Map<String, List<String>> copy = new LinkedHashMap<>(params);
        copy.remove("page");
        return copy;
    }

    private static String query(Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder("/search?");
        params.forEach((name, values) -> values.stream().filter(value -> value != null && !value.isEmpty())
                .forEach(value -> out.append(encode(name)).append('=').append(encode(value)).append('&')));
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
