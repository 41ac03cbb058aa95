package org.kirok.person;

import java.util.Locale;
import org.kirok.store.Codes;

/** How a Latin rendering was romanized: as the person or source gave it, Revised, McCune–Reischauer, DPRK style. */
public enum NameSystem {
    AS_GIVEN, RR, MR, DPRK, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NameSystem parse(String code) {
        return Codes.parse(NameSystem.class, code, "system");
    }
}
