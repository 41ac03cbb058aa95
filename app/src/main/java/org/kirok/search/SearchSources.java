package org.kirok.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kirok.search.index.Schema;

/** The registered document types, their facet dimensions and the index schema they make. Immutable. */
final class SearchSources {
    private final Map<String, SearchSource> byType = new LinkedHashMap<>();
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    private final Schema schema;

    SearchSources(List<SearchSource> sources) {
        for (SearchSource source : sources) {
            if (byType.putIfAbsent(source.type(), source) != null) {
                throw new IllegalArgumentException("two search sources register the type " + source.type());
            }
            for (Dimension dimension : source.dimensions()) {
                dimensions.putIfAbsent(dimension.name(), dimension);
            }
        }
        this.schema = new Schema(sources.stream().flatMap(source -> source.dimensions().stream())
                .map(Dimension::spec).toList());
    }

    Schema schema() {
        return schema;
    }

    Collection<SearchSource> all() {
        return byType.values();
    }

    Set<String> types() {
        return byType.keySet();
    }

    Optional<SearchSource> source(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    Set<String> protectedTypes() {
        return byType.values().stream().filter(SearchSource::holdsProtectedText).map(SearchSource::type)
                .collect(Collectors.toUnmodifiableSet());
    }

    Optional<Dimension> dimension(String name) {
        return Optional.ofNullable(dimensions.get(name));
    }
}
