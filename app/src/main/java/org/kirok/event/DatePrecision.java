package org.kirok.event;

import java.util.Locale;
import org.kirok.store.Codes;

/** How precisely a date is known, from finest to coarsest. */
public enum DatePrecision {
    DAY, MONTH, YEAR, DECADE, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision parse(String code) {
        return Codes.parse(DatePrecision.class, code, "date_precision");
    }
}
