package org.kirok.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.search.index.DimensionCounts;
import org.kirok.search.index.FacetCount;
import org.kirok.search.index.FacetSpec;
import org.kirok.search.index.IndexHit;
import org.kirok.search.index.IndexResult;
import org.kirok.search.index.SearchIndex;
import org.kirok.security.User;

/**
 * Turns what the index found into what one user sees: each hit is looked up again by its source with the user's
 * access rule (a record that became unreadable since it was indexed is left out), titled in the user's language,
 * and given a snippet — cut from the decrypted protected text only for users with identity access — and facet
 * values get their labels. Thread-safe.
 */
final class Presenter {
    private final SearchSources sources;
    private final SearchIndex index;

    Presenter(SearchSources sources, SearchIndex index) {
        this.sources = sources;
        this.index = index;
    }

    List<SearchResult.Hit> hits(Handle handle, User user, IndexResult result, String language, boolean withProtectedText) {
        Map<String, List<UUID>> byType = new LinkedHashMap<>();
        result.hits().forEach(hit -> byType.computeIfAbsent(hit.type(), type -> new ArrayList<>()).add(hit.id()));
        Map<String, Map<UUID, HitView>> views = new HashMap<>();
        byType.forEach((type, ids) -> views.put(type, sources.source(type)
                .map(source -> source.present(handle, user, ids, language, withProtectedText)).orElse(Map.of())));
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (IndexHit hit : result.hits()) {
            HitView view = views.getOrDefault(hit.type(), Map.of()).get(hit.id());
            if (view == null) {
                continue; // not readable by this user any more (or no longer there): the database decides
            }
            hits.add(new SearchResult.Hit(hit.type(), hit.id(), view.title(), view.detail(), view.url(),
                    snippet(result, hit, view, language), hit.score()));
        }
        return hits;
    }

    private String snippet(IndexResult result, IndexHit hit, HitView view, String language) {
        Optional<String> fromProtected = view.protectedText().flatMap(text -> index.snippet(result, text, true));
        if (fromProtected.isPresent()) {
            return fromProtected.get();
        }
        String summary = hit.summary(language).isEmpty() ? view.detail() : hit.summary(language);
        return index.snippet(result, summary, false).orElseGet(() -> SearchIndex.escape(summary));
    }

    List<SearchResult.Facet> facets(Handle handle, IndexResult result, Map<String, Set<String>> chosen, String language) {
        List<SearchResult.Facet> facets = new ArrayList<>();
        for (DimensionCounts counts : result.facets()) {
            FacetLabels labels = labels(counts.dimension());
            Set<String> values = new LinkedHashSet<>(counts.path());
            counts.values().forEach(count -> values.add(count.value()));
            Map<String, String> named = labels.labels(handle, language, values);
            Set<String> selected = chosen.getOrDefault(counts.dimension(), Set.of());
            List<SearchResult.FacetValue> path = counts.path().stream().map(value -> new SearchResult.FacetValue(value,
                    named.getOrDefault(value, value), 0, selected.contains(value))).toList();
            List<SearchResult.FacetValue> counted = new ArrayList<>();
            for (FacetCount count : counts.values()) {
                counted.add(new SearchResult.FacetValue(count.value(), named.getOrDefault(count.value(), count.value()),
                        count.count(), selected.contains(count.value())));
            }
            boolean hierarchical = sources.schema().dimension(counts.dimension()).map(FacetSpec::hierarchical)
                    .orElse(false);
            facets.add(new SearchResult.Facet(counts.dimension(), hierarchical, path, counted));
        }
        return facets;
    }

    FacetLabels labels(String dimension) {
        if (dimension.equals(FacetSpec.TYPE.name())) {
            return BuiltInLabels.type();
        }
        if (dimension.equals(FacetSpec.CONFIDENTIALITY.name())) {
            return BuiltInLabels.confidentiality();
        }
        if (dimension.equals(FacetSpec.DATE.name())) {
            return BuiltInLabels.date();
        }
        return sources.dimension(dimension).map(Dimension::labels)
                .orElse((handle, language, values) -> Map.of());
    }
}
