package org.kirok.organisation;

import java.util.Optional;
import java.util.UUID;

/** An organisation as pages and the API show it, with its parent's name (a provincial bureau under the MSS). */
public record Organisation(UUID id, OrganisationKind kind, String nameEn, Optional<String> nameKo,
                           Optional<String> abbreviation, Optional<String> countryCode, Optional<UUID> parentId,
                           Optional<String> parentName, Optional<String> notes, Optional<String> externalId,
                           int version) {

    public String name(String language) {
        return "ko".equals(language) ? nameKo.orElse(nameEn) : nameEn;
    }

    /** "Ministry of State Security (MSS)", for lists and type-ahead. */
    public String label(String language) {
        return name(language) + abbreviation.map(a -> " (" + a + ")").orElse("");
    }
}
