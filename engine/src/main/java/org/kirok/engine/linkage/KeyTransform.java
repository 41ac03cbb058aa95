package org.kirok.engine.linkage;

import java.util.OptionalInt;
import org.kirok.engine.name.KoreanPhonetic;
import org.kirok.engine.name.NameKeys;
import org.kirok.engine.name.NameParser;
import org.kirok.engine.name.ParsedName;
import org.kirok.engine.name.PlaceKeys;

/** How a blocking key is made from one value; "" means the record has no key under the rule. */
public enum KeyTransform {
    /** The cleaned value (case, accents and punctuation ignored). */
    EXACT,
    /** The first {@code length} characters of the cleaned value. */
    PREFIX,
    /** The first {@code length} characters of the cleaned value with spaces removed. */
    JOINED_PREFIX,
    /** The cleaned words in sorted order. */
    SORTED_WORDS,
    /** The first word of the cleaned value. */
    FIRST_WORD,
    /** The alphabetically first word of four letters or more: the same for reordered titles. */
    SORTED_FIRST_WORD,
    /** The last word of the cleaned value. */
    LAST_WORD,
    /** The phonetic key of the value ({@link KoreanPhonetic}). */
    PHONETIC,
    /** The canonical person-name key ({@link NameKeys#canonical}). */
    NAME,
    /** The phonetic key of a person name's surname. */
    SURNAME,
    /** The phonetic key of a person name's given name. */
    GIVEN,
    /** The consonant skeleton of a person name's given name. */
    GIVEN_SKELETON,
    /**
     * The phonetic key of a given name, read as the likeliest name one slip away that others of its
     * surname bear in the same table ({@link NameNeighbours#correctionsWithinSurname}); alone,
     * without its table, the given key.
     */
    GIVEN_CORRECTED,
    /**
     * The phonetic key of a romanized given name borne by no other record of its surname, read
     * through one slipped letter as a name others of that surname bear ({@link GivenRepairs});
     * alone, without its table, the given key.
     */
    GIVEN_REPAIRED,
    /** The first syllable of a given name of two syllables or more: blocks names mistyped later on. */
    GIVEN_HEAD,
    /** A given name of two syllables or more without its first: blocks names mistyped in the first. */
    GIVEN_TAIL,
    /** The canonical place key ({@link PlaceKeys}). */
    PLACE,
    /** The year in the value. */
    YEAR,
    /** The digits of the value. */
    DIGITS,
    /** The longest model number or code in the value ({@link Text#codes}; the first of equally long ones). */
    CODE;

    /** Whether the key comes from the parsed person name (so the table's parsed names are reused). */
    boolean fromName() {
        return this == NAME || this == SURNAME || this == GIVEN || this == GIVEN_SKELETON || this == GIVEN_HEAD
                || this == GIVEN_TAIL || this == GIVEN_CORRECTED || this == GIVEN_REPAIRED;
    }

    /** The key of a parsed name, for the transforms where {@link #fromName()}. */
    String applyToName(ParsedName parsed) {
        return switch (this) {
            case NAME -> parsed.isEmpty() ? "" : String.join(" ", parsed.sortedParts());
            case SURNAME -> namePart(parsed, true);
            case GIVEN, GIVEN_CORRECTED, GIVEN_REPAIRED -> namePart(parsed, false);
            case GIVEN_SKELETON -> {
                String given = namePart(parsed, false);
                yield given.isEmpty() ? "" : KoreanPhonetic.skeleton(given);
            }
            case GIVEN_HEAD, GIVEN_TAIL -> {
                java.util.List<String> syllables = org.kirok.engine.name.Syllables.split(namePart(parsed, false));
                yield syllables.size() < 2 ? ""
                        : this == GIVEN_HEAD ? syllables.get(0) : String.join("", syllables.subList(1, syllables.size()));
            }
            default -> throw new IllegalStateException(this + " is not a name transform");
        };
    }

    String apply(String value, int length) {
        if (value.isEmpty()) {
            return "";
        }
        return switch (this) {
            case EXACT -> Text.clean(value);
            case PREFIX -> prefix(Text.clean(value), length);
            case JOINED_PREFIX -> prefix(Text.clean(value).replace(" ", ""), length);
            case SORTED_WORDS -> String.join(" ", Text.tokens(Text.clean(value)));
            case FIRST_WORD -> word(Text.clean(value), true);
            case SORTED_FIRST_WORD -> java.util.Arrays.stream(Text.tokens(Text.clean(value)))
                    .filter(w -> w.length() >= 4).findFirst().orElse("");
            case LAST_WORD -> word(Text.clean(value), false);
            case PHONETIC -> KoreanPhonetic.key(value);
            case NAME -> NameKeys.canonical(value);
            case SURNAME, GIVEN, GIVEN_SKELETON, GIVEN_HEAD, GIVEN_TAIL, GIVEN_CORRECTED, GIVEN_REPAIRED ->
                    applyToName(NameParser.parse(value));
            case PLACE -> PlaceKeys.canonical(value);
            case YEAR -> {
                OptionalInt year = YearComparison.parseYear(value);
                yield year.isPresent() ? Integer.toString(year.getAsInt()) : "";
            }
            case DIGITS -> value.replaceAll("[^0-9]", "");
            case CODE -> java.util.Arrays.stream(Text.codes(value))
                    .max(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.reverseOrder()))
                    .orElse("");
        };
    }

    private static String prefix(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String word(String cleaned, boolean first) {
        if (cleaned.isEmpty()) {
            return "";
        }
        String[] words = cleaned.split(" ");
        return first ? words[0] : words[words.length - 1];
    }

    private static String namePart(ParsedName parsed, boolean surname) {
        if (!parsed.korean()) {
            var tokens = parsed.tokens();
            if (tokens.isEmpty()) {
                return "";
            }
            return surname ? tokens.get(tokens.size() - 1)
                    : String.join(" ", tokens.subList(0, Math.max(0, tokens.size() - 1)));
        }
        return surname ? parsed.surnameKey() : parsed.givenKey();
    }
}
