package org.kirok.law;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A law with its versions (oldest first), each with its articles. */
public record Law(UUID id, String titleEn, Optional<String> titleKo, Optional<String> shortName, String countryCode,
                  Optional<String> notes, Optional<String> externalId, int version, List<LawVersion> versions) {

    public Law {
        versions = List.copyOf(versions);
    }

    public String title(String language) {
        return "ko".equals(language) ? titleKo.orElse(titleEn) : titleEn;
    }
}
