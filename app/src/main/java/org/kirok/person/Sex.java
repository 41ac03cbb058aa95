package org.kirok.person;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** Sex as recorded: F, M, or X (other / not binary). Unknown is the absence of a value. */
public enum Sex {
    F, M, X;

    public String code() {
        return name();
    }

    /** Parses F/M/X (also female/male, 여/남); blank or "null"/"unknown" is unknown. */
    public static Optional<Sex> parse(String code) {
        if (code == null || code.isBlank() || code.equalsIgnoreCase("null") || code.equalsIgnoreCase("unknown")) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "f", "female", "woman", "여", "여성", "녀" -> Optional.of(F);
            case "m", "male", "man", "남", "남성" -> Optional.of(M);
            case "x", "other" -> Optional.of(X);
            default -> throw new InvalidInputException("sex", "sex must be F, M, X or empty (got '" + code + "')");
        };
    }
}
