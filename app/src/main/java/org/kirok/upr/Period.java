package org.kirok.upr;

import java.util.Locale;
import org.kirok.store.Codes;

/** The periods implementation is judged over: since the recommendation's review was adopted, or since the last review. */
public enum Period {
    SINCE_ADOPTION, SINCE_LAST_REVIEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String code) {
        return Codes.parse(Period.class, code, "period");
    }
}
