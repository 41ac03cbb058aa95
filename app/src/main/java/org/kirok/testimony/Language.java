package org.kirok.testimony;

import java.util.Locale;
import org.kirok.store.Codes;

/** The language an interview was given or a document written in. */
public enum Language {
    KO, EN, ZH, JA, RU, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language parse(String code) {
        return Codes.parse(Language.class, code, "language");
    }
}
