package org.kirok.advocacy;

import java.util.Locale;
import org.kirok.store.Codes;

/** How a person took part: a survivor who testified, a speaker, or the subject of the activity. */
public enum PersonRole {
    SURVIVOR, SPEAKER, SUBJECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PersonRole parse(String code) {
        return Codes.parse(PersonRole.class, code, "role");
    }
}
