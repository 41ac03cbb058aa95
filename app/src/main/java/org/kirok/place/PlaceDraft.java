package org.kirok.place;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * What is written when a place is created or edited. Coordinates come in pairs and within range; a country has
 * no parent and every other place has one; variants are every other spelling (Hangul, romanizations, old names).
 */
public record PlaceDraft(PlaceLevel level, String nameEn, Optional<String> nameKo, List<String> variants,
                         Optional<UUID> parentId, String countryCode, Optional<Double> latitude,
                         Optional<Double> longitude, Optional<String> coordNote, Optional<String> externalId) {

    public PlaceDraft {
        if (level == null) {
            throw new InvalidInputException("level", "a place needs a level (country, province, county, city, district, "
                    + "locality or facility)");
        }
        nameEn = nameEn == null ? "" : nameEn.strip();
        if (nameEn.isEmpty() || nameEn.length() > 200) {
            throw new InvalidInputException("name_en", "the English name is required and at most 200 characters (got "
                    + nameEn.length() + ")");
        }
        nameKo = clean(nameKo, "name_ko", 200);
        Set<String> unique = new LinkedHashSet<>();
        for (String variant : variants) {
            String text = variant == null ? "" : variant.strip();
            if (text.length() > 200) {
                throw new InvalidInputException("name_variants", "a name variant is at most 200 characters: '"
                        + text.substring(0, 40) + "…'");
            }
            if (!text.isEmpty() && !text.equals(nameEn) && !nameKo.map(text::equals).orElse(false)) {
                unique.add(text);
            }
        }
        if (unique.size() > 100) {
            throw new InvalidInputException("name_variants", "a place has at most 100 name variants (got " + unique.size() + ")");
        }
        variants = List.copyOf(unique);
        countryCode = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country_code", "country_code must be a two-letter ISO 3166 code like KP or CN"
                    + " (got '" + countryCode + "')");
        }
        if (level == PlaceLevel.COUNTRY && parentId.isPresent()) {
            throw new InvalidInputException("parent_id", "a country has no parent place");
        }
        if (level != PlaceLevel.COUNTRY && parentId.isEmpty()) {
            throw new InvalidInputException("parent_id", "a " + level.code() + " needs a parent place (its country at least)");
        }
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new InvalidInputException(latitude.isPresent() ? "longitude" : "latitude",
                    "give both latitude and longitude, or neither");
        }
        latitude.filter(lat -> !(lat >= -90 && lat <= 90)).ifPresent(lat -> {
            throw new InvalidInputException("latitude", "latitude must lie between -90 and 90 (got " + lat + ")");
        });
        longitude.filter(lon -> !(lon >= -180 && lon <= 180)).ifPresent(lon -> {
            throw new InvalidInputException("longitude", "longitude must lie between -180 and 180 (got " + lon + ")");
        });
        coordNote = clean(coordNote, "coord_note", 2000);
        externalId = clean(externalId, "external_id", 200);
    }

    /** All names of the place: English, Korean, variants. */
    public List<String> allNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(nameEn);
        nameKo.ifPresent(names::add);
        names.addAll(variants);
        return names;
    }

    static Optional<String> clean(Optional<String> text, String field, int maxLength) {
        Optional<String> stripped = text.map(String::strip).filter(s -> !s.isEmpty());
        if (stripped.isPresent() && stripped.get().length() > maxLength) {
            throw new InvalidInputException(field, field + " is at most " + maxLength + " characters (got "
                    + stripped.get().length() + ")");
        }
        return stripped;
    }
}
