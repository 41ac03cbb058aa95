package org.kirok.engine.name;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's name as read by {@link NameParser}: which part is the surname, the phonetic keys of
 * surname and given name, and for Hangul names the jamo (for jamo-level distance).
 *
 * @param korean     whether the name was read as Korean (Hangul, or a known Korean surname at one end)
 * @param surname    the surname from the table, when the surname part is a known one
 * @param surnameKey phonetic key of the surname part; "" when there is none
 * @param givenKey   phonetic key of the given name, all its syllables joined; "" when there is none
 * @param tokens     for non-Korean names, the case-folded ASCII tokens in their original order
 * @param givenJamo  the Hangul jamo of the given name (South forms), "" when it is not written in Hangul
 * @param givenSpelling the given name as {@link VowelRuns#spelling} keeps it (Hangul in South forms,
 *                   or lower-case letters), for telling vowels the key folds; "" when not Korean
 * @param surnameReadings for a Hangul surname part that is no surname (a slipped jamo: 뢔), the keys of
 *                   every surname one jamo from it, any of which it may stand for; otherwise empty
 */
public record ParsedName(boolean korean, Optional<Surname> surname, String surnameKey, String givenKey,
        List<String> tokens, String givenJamo, String givenSpelling, List<String> surnameReadings) {
    public static final ParsedName EMPTY = new ParsedName(false, Optional.empty(), "", "", List.of(), "", "", List.of());

    public ParsedName {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(surnameKey, "surnameKey");
        Objects.requireNonNull(givenKey, "givenKey");
        Objects.requireNonNull(givenJamo, "givenJamo");
        Objects.requireNonNull(givenSpelling, "givenSpelling");
        tokens = List.copyOf(tokens);
        surnameReadings = List.copyOf(surnameReadings);
    }

    public boolean isEmpty() {
        return surnameKey.isEmpty() && givenKey.isEmpty() && tokens.isEmpty();
    }

    /** Surname and given keys (Korean) or tokens (others), sorted, so that name order cannot matter. */
    public List<String> sortedParts() {
        List<String> parts = korean
                ? java.util.stream.Stream.of(surnameKey, givenKey).filter(p -> !p.isEmpty()).toList()
                : tokens;
        return parts.stream().sorted().toList();
    }
}
