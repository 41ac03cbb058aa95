package org.kirok.place;

import java.util.Optional;
import java.util.UUID;

/** A place named in passing: a breadcrumb, a child in a list, a lookup candidate's ancestor. */
public record PlaceRef(UUID id, PlaceLevel level, String nameEn, Optional<String> nameKo, String countryCode) {

    /** The name in the user's language: Korean when the place has a Korean name and the user reads Korean. */
    public String name(String language) {
        return "ko".equals(language) ? nameKo.orElse(nameEn) : nameEn;
    }
}
