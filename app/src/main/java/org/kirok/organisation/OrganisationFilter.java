package org.kirok.organisation;

import java.util.Locale;
import java.util.Optional;

/** Filters for the organisation list: text in either name or the abbreviation, kind, country. */
public record OrganisationFilter(Optional<String> text, Optional<OrganisationKind> kind, Optional<String> countryCode) {

    public OrganisationFilter {
        text = text.map(String::strip).filter(s -> !s.isEmpty());
        countryCode = countryCode.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT));
    }
}
