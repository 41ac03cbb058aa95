package org.kirok.engine.name;

import java.util.random.RandomGenerator;

/**
 * The spellings Koreans actually choose for given-name syllables in passports and in English
 * (Young-chul, Hyun-woo, Soo-jin, Jung-hee), which follow no system: ㅓ as u in closed syllables,
 * ㅕ as you/yu, ㅜ as oo, ㅣ as ee, ㅢ as ee/eui. Each choice is drawn from the caller's random
 * generator, so a seeded generator gives reproducible spellings. Thread-safe, stateless.
 */
final class PopularRomanizer {
    private static final String[] INITIALS =
        {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
        "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
        "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private PopularRomanizer() {
    }

    /** One syllable, lower case. */
    static String syllable(char syllable, boolean wordStart, boolean vowelNext, RandomGenerator random) {
        int initial = Hangul.initial(syllable);
        int medial = Hangul.medial(syllable);
        int coda = Hangul.coda(syllable);
        String onset = INITIALS[initial];
        if (initial == 0 && wordStart && random.nextInt(3) == 0) {
            onset = "k";
        } else if (initial == 9 && (medial == 20 || medial == 16) && random.nextBoolean()) {
            onset = "sh";
        }
        return onset + vowel(medial, coda != 0, vowelNext, random) + FINALS[coda];
    }

    /** {@code vowelNext}: the next syllable starts with a vowel, where nobody writes ㅣ as "ee" (Jiwoo, not Jeeoo). */
    private static String vowel(int medial, boolean closed, boolean vowelNext, RandomGenerator random) {
        return switch (medial) {
            case 4 -> closed && random.nextInt(3) > 0 ? "u" : "eo";                       // ㅓ: Chul, Jun
            case 6 -> pick(random, closed ? new String[] {"yeo", "you", "yu"} : new String[] {"yeo", "yo"}); // ㅕ
            case 13 -> pick(random, "u", "oo");                                              // ㅜ: Soo, Joon
            case 17 -> pick(random, "yu", "yoo");                                            // ㅠ
            case 18 -> pick(random, "eu", "u");                                              // ㅡ: Seung, Sung
            case 19 -> vowelNext ? "ui" : pick(random, "ui", "ee", "eui");                   // ㅢ: Hee, Heui
            case 20 -> closed || vowelNext ? "i" : pick(random, "i", "ee");                   // ㅣ: Jee
            case 11 -> pick(random, "oe", "oi");                                             // ㅚ
            case 14 -> pick(random, "wo", "weo");                                            // ㅝ
            default -> VOWELS[medial];
        };
    }

    private static String pick(RandomGenerator random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
