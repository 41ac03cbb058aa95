package org.kirok.law;

import java.util.Locale;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** What is written when a law is created or edited (its title, the short name, the country that enacted it). */
public record LawDraft(String titleEn, Optional<String> titleKo, Optional<String> shortName, String countryCode,
                       Optional<String> notes, Optional<String> externalId) {

    public LawDraft {
        titleEn = Texts.required(titleEn, "title_en", 500);
        titleKo = Texts.optional(titleKo, "title_ko", 500);
        shortName = Texts.optional(shortName, "short_name", 60);
        countryCode = countryCode == null || countryCode.isBlank() ? "KP" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country_code", "country_code must be a two-letter ISO 3166 code like KP"
                    + " (got '" + countryCode + "')");
        }
        notes = Texts.optional(notes, "notes", 20_000);
        externalId = Texts.optional(externalId, "external_id", 200);
    }
}
