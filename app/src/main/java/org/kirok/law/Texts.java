package org.kirok.law;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** Trimming and length rules shared by the law drafts, naming the field when a text is missing or too long. */
final class Texts {
    private Texts() {
    }

    static String required(String text, String field, int maxLength) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return check(value, field, maxLength);
    }

    static Optional<String> optional(Optional<String> text, String field, int maxLength) {
        return text.map(String::strip).filter(s -> !s.isEmpty()).map(s -> check(s, field, maxLength));
    }

    private static String check(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, field + " is at most " + maxLength + " characters (got "
                    + value.length() + ")");
        }
        return value;
    }
}
