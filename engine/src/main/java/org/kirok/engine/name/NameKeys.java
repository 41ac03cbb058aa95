package org.kirok.engine.name;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Comparable keys for person names, for exact lookup (a keyed blind index) and for search.
 *
 * <p>Every rendering of one Korean name reaches the same canonical key: Hangul in South or North
 * forms (리/이, 림/임, 류/유, 로/노, 량/양, 라/나 …), Revised Romanization, McCune–Reischauer with or
 * without diacritics, DPRK style, popular spellings (Lee/Yi/Rhee/Ri, Park/Pak/Bak, Choi/Choe,
 * Jung/Jeong/Chung …), either name order, hyphenated/joined/spaced given names, any case. The key
 * is the phonetic key ({@link KoreanPhonetic}) of the surname and of the given name, sorted and
 * joined by a space — sorting is what makes "Young-chul Kim" and "Kim Young-chul" equal whatever
 * the parser decides about which part is the surname. Non-Korean names get their case-folded,
 * diacritic-free tokens in sorted order. Keys are lower-case ASCII.
 *
 * <p>Thread-safe, stateless.
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** The canonical key; "" for null or blank input; never throws. */
    public static String canonical(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        ParsedName parsed = NameParser.parse(name);
        if (parsed.isEmpty()) {
            return NameParser.asciiToken(name.strip()).isEmpty()
                    ? hex(name.strip()) : NameParser.asciiToken(name.strip());
        }
        return String.join(" ", parsed.sortedParts());
    }

    /**
     * The canonical key plus looser keys for recall: {@code g:} the given name alone, {@code i:} the
     * surname with the given name's syllable initials, {@code c:} the consonant skeletons (vowel
     * spellings and typos ignored), and for "Young Chul Kim" the canonical key of its surname-last
     * reading too (it is read surname first, as the DPRK writes names). No duplicates; empty only for blank input.
     */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String canonical = canonical(name);
        if (canonical.isEmpty()) {
            return Set.of();
        }
        keys.add(canonical);
        ParsedName parsed = NameParser.parse(name);
        if (parsed.korean() && !parsed.givenKey().isEmpty()) {
            keys.add("g:" + parsed.givenKey());
            if (!parsed.surnameKey().isEmpty()) {
                keys.add("i:" + parsed.surnameKey() + " " + Syllables.initials(parsed.givenKey()));
            }
        }
        NameParser.surnameLastReading(name).ifPresent(other -> keys.add(String.join(" ", other.sortedParts())));
        List<String> parts = parsed.sortedParts();
        if (!parts.isEmpty()) {
            keys.add("c:" + String.join(" ", parts.stream().map(KoreanPhonetic::skeleton).sorted().toList()));
        }
        return Set.copyOf(keys);
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append('x').append(Integer.toHexString(c)));
        return out.toString();
    }
}
