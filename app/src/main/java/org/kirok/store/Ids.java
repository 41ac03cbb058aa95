package org.kirok.store;

import java.util.Optional;
import java.util.UUID;

/** Record ids: random UUIDs, so that guessing or enumerating ids learns nothing. */
public final class Ids {
    private Ids() {
    }

    public static UUID next() {
        return UUID.randomUUID();
    }

    /** Parses an id from a URL or a form; anything malformed is simply "not found". */
    public static UUID parse(String text, String what) {
        return parseOptional(text).orElseThrow(() -> new NotFoundException(what));
    }

    public static Optional<UUID> parseOptional(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
