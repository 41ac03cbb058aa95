package org.kirok.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/** What is written when an organisation is created or edited. */
public record OrganisationDraft(OrganisationKind kind, String nameEn, Optional<String> nameKo,
                                Optional<String> abbreviation, Optional<String> countryCode, Optional<UUID> parentId,
                                Optional<String> notes, Optional<String> externalId) {

    public OrganisationDraft {
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required (ngo, state_organ, un_body, government, "
                    + "armed_force, coalition, other)");
        }
        nameEn = nameEn == null ? "" : nameEn.strip();
        if (nameEn.isEmpty() || nameEn.length() > 300) {
            throw new InvalidInputException("name_en", "the English name is required and at most 300 characters (got "
                    + nameEn.length() + ")");
        }
        nameKo = clean(nameKo, "name_ko", 300);
        abbreviation = clean(abbreviation, "abbreviation", 40);
        countryCode = countryCode.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT));
        countryCode.filter(c -> !c.matches("[A-Z]{2}")).ifPresent(c -> {
            throw new InvalidInputException("country_code", "country_code must be a two-letter ISO 3166 code like KP"
                    + " (got '" + c + "')");
        });
        notes = clean(notes, "notes", 10_000);
        externalId = clean(externalId, "external_id", 200);
    }

    private static Optional<String> clean(Optional<String> text, String field, int maxLength) {
        Optional<String> stripped = text.map(String::strip).filter(s -> !s.isEmpty());
        if (stripped.isPresent() && stripped.get().length() > maxLength) {
            throw new InvalidInputException(field, field + " is at most " + maxLength + " characters (got "
                    + stripped.get().length() + ")");
        }
        return stripped;
    }
}
