package org.kirok.event;

import java.util.Locale;
import org.kirok.store.Codes;

/** How a date relates to what happened: on it, about then, before, after, or between two dates. */
public enum DateQualifier {
    ON, ABOUT, BEFORE, AFTER, BETWEEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateQualifier parse(String code) {
        return Codes.parse(DateQualifier.class, code, "date_qualifier");
    }
}
