package org.kirok.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.store.InvalidInputException;

/** Resolves "name" or "name, parent, …[, CC]" to one place through PlaceKeys; see {@link PlaceService#resolve}. */
final class PlaceResolver {
    private final PlaceStore store;
    private final BiFunction<Handle, List<PlaceStore.Row>, List<Place>> places;

    PlaceResolver(PlaceStore store, BiFunction<Handle, List<PlaceStore.Row>, List<Place>> places) {
        this.store = store;
        this.places = places;
    }

    Optional<UUID> resolve(Handle handle, String nameOrPath, Optional<String> countryCode) {
        List<String> parts = new ArrayList<>(Arrays.stream((nameOrPath == null ? "" : nameOrPath).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (parts.isEmpty()) {
            throw new InvalidInputException("place", "a place name is required");
        }
        Optional<String> country = countryCode.map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).filter(c -> !c.isEmpty());
        if (parts.size() > 1 && parts.getLast().matches("[A-Za-z]{2}")) {
            String last = parts.removeLast().toUpperCase(java.util.Locale.ROOT);
            country = country.or(() -> Optional.of(last));
        }
        String key = PlaceKeys.canonical(parts.getFirst());
        if (key.isEmpty()) {
            throw new InvalidInputException("place", "'" + parts.getFirst() + "' is not a place name");
        }
        List<UUID> candidates = store.withKey(handle, key, country);
        var ancestors = store.ancestors(handle, candidates);
        List<String> path = parts.subList(1, parts.size()).stream().map(PlaceKeys::canonical).toList();
        List<UUID> matching = candidates.stream().filter(id -> path.stream().allMatch(
                part -> ancestors.get(id).stream().anyMatch(a -> a.getValue().contains(part)))).toList();
        if (matching.size() <= 1) {
            return matching.stream().findFirst();
        }
        for (UUID outer : matching) {
            boolean containsAll = matching.stream().filter(id -> !id.equals(outer)).allMatch(
                    id -> ancestors.get(id).stream().anyMatch(a -> a.getKey().id().equals(outer)));
            if (containsAll) {
                return Optional.of(outer);
            }
        }
        List<PlaceStore.Row> rows = matching.stream().map(id -> store.find(handle, id).orElseThrow()).toList();
        String labels = places.apply(handle, rows).stream().map(p -> p.label("en")).sorted()
                .collect(Collectors.joining("; "));
        throw new InvalidInputException("place", "'" + nameOrPath + "' is ambiguous: it names " + matching.size()
                + " places (" + labels + "); add the province or country, e.g. '" + parts.getFirst() + ", <province>'");
    }

}
