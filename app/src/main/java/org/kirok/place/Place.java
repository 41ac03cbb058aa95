package org.kirok.place;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A place as pages and the API show it: its own fields, its ancestors (nearest first, the country last) and,
 * for a detention facility, the facility facts.
 */
public record Place(UUID id, PlaceLevel level, String nameEn, Optional<String> nameKo, List<String> variants,
                    Optional<UUID> parentId, String countryCode, Optional<Double> latitude, Optional<Double> longitude,
                    Optional<String> coordNote, Optional<String> externalId, int version, List<PlaceRef> ancestors,
                    Optional<Facility> facility) {

    public Place {
        variants = List.copyOf(variants);
        ancestors = List.copyOf(ancestors);
    }

    public String name(String language) {
        return "ko".equals(language) ? nameKo.orElse(nameEn) : nameEn;
    }

    /** "Onsŏng, North Hamgyong, KP": the place, its ancestors below the country, the country code. */
    public String label(String language) {
        return PlaceLabel.of(name(language), ancestors, countryCode, language);
    }

    /** The breadcrumbs from the country down to the parent. */
    public List<PlaceRef> breadcrumbs() {
        return ancestors.reversed();
    }

    public PlaceRef ref() {
        return new PlaceRef(id, level, nameEn, nameKo, countryCode);
    }
}
