package org.kirok.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses enums from their lower-case codes (API, forms, CSV), naming the allowed values when one is wrong. */
public final class Codes {
    private Codes() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new InvalidInputException(field, field + " must be one of " + allowed + " (got '" + code + "')");
    }
}
