package org.kirok.place;

import java.util.Optional;
import java.util.UUID;

/**
 * Filters for the place list: a name in any script or romanization (matched through PlaceKeys), a level, a
 * country, and "lies under" a given place (its whole subtree, the place itself excluded).
 */
public record PlaceFilter(Optional<String> text, Optional<PlaceLevel> level, Optional<String> countryCode,
                          Optional<UUID> under) {

    public PlaceFilter {
        text = text.map(String::strip).filter(s -> !s.isEmpty());
        countryCode = countryCode.map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT));
    }

    public static PlaceFilter none() {
        return new PlaceFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
