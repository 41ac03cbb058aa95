package org.kirok.search.index;

import java.util.Locale;
import org.kirok.store.InvalidInputException;

/** How hits are ordered: best match first, or by the record's date (records without a date come last). */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortOrder parse(String code) {
        for (SortOrder order : values()) {
            if (order.code().equalsIgnoreCase(code.strip())) {
                return order;
            }
        }
        throw new InvalidInputException("sort", "sort must be relevance, newest or oldest (got '" + code + "')");
    }
}
