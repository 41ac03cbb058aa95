package org.kirok.person;

import org.kirok.store.InvalidInputException;

/** One rendering of a person's name, as a source wrote it. A protected value: only ever stored encrypted. */
public record PersonName(String text, NameScript script, NameSystem system, NameOrder order) {
    static final int MAX_LENGTH = 200;

    public PersonName {
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new InvalidInputException("names", "a name must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("names", "a name is at most " + MAX_LENGTH + " characters long");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("names", "a name must not contain control characters");
        }
    }

    /** A name as typed, with its script detected and nothing else assumed. */
    public static PersonName asGiven(String text) {
        String stripped = text == null ? "" : text.strip();
        return new PersonName(stripped, NameScript.detect(stripped), NameSystem.AS_GIVEN, NameOrder.UNKNOWN);
    }
}
