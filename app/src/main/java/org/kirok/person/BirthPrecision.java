package org.kirok.person;

import java.util.Locale;
import org.kirok.store.Codes;

/** How well the birth year is known: exactly, about (±2), only the decade, or not at all. */
public enum BirthPrecision {
    EXACT, ABOUT, DECADE, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BirthPrecision parse(String code) {
        return Codes.parse(BirthPrecision.class, code, "birth_year_precision");
    }
}
