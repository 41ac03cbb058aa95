package org.kirok.upr;

import java.util.Locale;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * How the state under review answered a recommendation: it may only support or note it (HRC resolution 5/1 §32).
 * Following UPR Info's methodology, only a clear acceptance or support counts as supported; "rejected", "accepted in
 * part", "accepted in principle", "not supported" or anything unclear is noted. The raw wording is kept alongside.
 */
public enum Response {
    SUPPORTED, NOTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The response a source's wording means; empty when there is no response (yet). */
    static Optional<Response> fromWording(String wording, String field) {
        String text = wording == null ? "" : wording.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("-") || text.equals("pending")) {
            return Optional.empty();
        }
        if (!text.codePoints().anyMatch(Character::isLetter)) {
            throw new InvalidInputException(field, "'" + wording + "' is not a response; expected Supported, "
                    + "Accepted or Noted");
        }
        boolean qualified = text.contains("part") || text.contains("principle") || text.contains("not ")
                || text.contains("reject") || text.contains("noted");
        if (!qualified && (text.contains("accept") || text.contains("support") || text.contains("agree"))) {
            return Optional.of(SUPPORTED);
        }
        return Optional.of(NOTED);
    }

    public static Response parse(String code) {
        return org.kirok.store.Codes.parse(Response.class, code, "response");
    }
}
