package org.kirok.person;

import java.util.Locale;
import org.kirok.store.Codes;

/** The writing system of one rendering of a name. */
public enum NameScript {
    HANGUL, LATIN, HANJA, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NameScript parse(String code) {
        return Codes.parse(NameScript.class, code, "script");
    }

    /** The script most of the letters are in; used when a name arrives without one. */
    public static NameScript detect(String text) {
        int hangul = 0;
        int han = 0;
        int latin = 0;
        for (int cp : text.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HANGUL -> hangul++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> {
                    // spaces, hyphens, digits do not count
                }
            }
        }
        if (hangul >= Math.max(han, Math.max(latin, 1))) {
            return HANGUL;
        }
        if (han > latin) {
            return HANJA;
        }
        return latin > 0 ? LATIN : OTHER;
    }
}
