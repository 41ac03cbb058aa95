package org.kirok.person;

import java.util.Locale;
import org.kirok.store.Codes;

/** The order the name was written in: family name first (Korean), given name first, or not known. */
public enum NameOrder {
    FAMILY_FIRST, GIVEN_FIRST, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NameOrder parse(String code) {
        return Codes.parse(NameOrder.class, code, "order");
    }
}
