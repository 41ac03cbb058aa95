package org.kirok.engine.name;

import java.util.Objects;

/**
 * Writes Hangul in Latin letters by one of three systems, syllable by syllable, with the
 * sound-change rules each system applies between the syllables of one word.
 *
 * <ul>
 *   <li>Revised Romanization (Ministry of Culture and Tourism notice 2000-8): in personal names
 *       "assimilation is not reflected" (article 3.4), so names are written syllable by syllable.</li>
 *   <li>McCune &amp; Reischauer, "The romanization of the Korean language", Transactions of the Korea
 *       Branch of the Royal Asiatic Society 29 (1939): ㄱ ㄷ ㅂ ㅈ are voiced (g d b j) between voiced
 *       sounds, nasal and liquid assimilation across syllables; ㅅ before ㅣ/ㅟ is sh, as in the South's
 *       1984 McCune–Reischauer variant.</li>
 *   <li>The DPRK's 1992 national system as printed by KCNA: aspirates kh th ph, ㅈ always j, ŏ ŭ.</li>
 * </ul>
 * Thread-safe, stateless.
 */
public final class Romanizer {
    /** How the syllables of one word are joined. */
    public enum Joining {
        /** Yŏngch'ŏl: one word, every cross-syllable rule applies. */
        JOINED,
        /** Yŏng-ch'ŏl: voicing applies across the hyphen, assimilation does not. */
        HYPHENATED,
        /** Yong Chol: each syllable is a word of its own (DPRK and many NGO lists). */
        SPACED
    }

    private static final String[] RR_INITIALS =
        {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MR_INITIALS =
        {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"};
    private static final String[] DPRK_INITIALS =
        {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"};
    private static final String[] RR_VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
        "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] MR_VOWELS = {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae",
        "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"};
    /** Final consonants by index, as the same letter in all three systems (k n t l m p ng). */
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
        "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private static final int G = 0;
    private static final int N = 2;
    private static final int D = 3;
    private static final int R = 5;
    private static final int M = 6;
    private static final int B = 7;
    private static final int S = 9;
    private static final int IEUNG = 11;
    private static final int J = 12;

    private Romanizer() {
    }

    /**
     * Romanizes one word of Hangul (a given name, a surname, a place). Non-Hangul characters are
     * copied. Letters are lower case; callers capitalize.
     */
    public static String romanize(String hangul, RomanizationSystem system, Joining joining) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(joining, "joining");
        StringBuilder out = new StringBuilder(hangul.length() * 4);
        char previous = 0;
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (!Hangul.isSyllable(c)) {
                out.append(c);
                previous = 0;
                continue;
            }
            boolean wordStart = previous == 0 || joining == Joining.SPACED;
            if (!wordStart) {
                out.append(joining == Joining.HYPHENATED ? "-" : "");
            } else if (previous != 0) {
                out.append(' ');
            }
            appendSyllable(out, c, wordStart ? 0 : previous, system, joining == Joining.JOINED);
            int next = i + 1 < hangul.length() && Hangul.isSyllable(hangul.charAt(i + 1)) && joining != Joining.SPACED
                    ? hangul.charAt(i + 1) : 0;
            out.append(finalBefore(c, (char) next, system, joining == Joining.JOINED));
            previous = c;
        }
        return out.toString();
    }

    /** Revised Romanization of one word with no sound changes: the base the name keys fold. */
    public static String revised(String hangul) {
        return romanize(hangul, RomanizationSystem.REVISED, Joining.JOINED);
    }

    private static void appendSyllable(StringBuilder out, char syllable, char previous, RomanizationSystem system,
            boolean joined) {
        int initial = Hangul.initial(syllable);
        int medial = Hangul.medial(syllable);
        out.append(initialOf(initial, medial, previous, system, joined));
        out.append(system == RomanizationSystem.REVISED ? RR_VOWELS[medial] : MR_VOWELS[medial]);
    }

    private static String initialOf(int initial, int medial, char previous, RomanizationSystem system, boolean joined) {
        if (system == RomanizationSystem.REVISED) {
            // ㄹㄹ is ll in RR (Ulleung), otherwise names are written letter for letter.
            return initial == R && previous != 0 && Hangul.coda(previous) == 8 ? "l" : RR_INITIALS[initial];
        }
        String[] table = system == RomanizationSystem.MCCUNE_REISCHAUER ? MR_INITIALS : DPRK_INITIALS;
        if (system == RomanizationSystem.MCCUNE_REISCHAUER && initial == S && (medial == 20 || medial == 16)) {
            return "sh";
        }
        if (previous == 0) {
            return table[initial];
        }
        int coda = Hangul.coda(previous);
        boolean voicedBefore = coda == 0 || coda == 4 || coda == 8 || coda == 16 || coda == 21;
        if (initial == R) {
            if (coda == 8 || (joined && coda == 4)) {
                return "l";
            }
            return coda == 0 || !joined ? "r" : "n";
        }
        if (initial == IEUNG && joined) {
            return "";
        }
        if (voicedBefore && (initial == G || initial == D || initial == B || initial == J)) {
            return switch (initial) {
                case G -> "g";
                case D -> "d";
                case B -> "b";
                default -> "j";
            };
        }
        return table[initial];
    }

    /** The final consonant as written before the next syllable of the same word. */
    private static String finalBefore(char syllable, char next, RomanizationSystem system, boolean joined) {
        int coda = Hangul.coda(syllable);
        String plain = FINALS[coda];
        if (system == RomanizationSystem.REVISED || next == 0 || !joined || plain.isEmpty()) {
            return plain;
        }
        int nextInitial = Hangul.initial(next);
        if (nextInitial == IEUNG) {
            // Liaison: the final is carried onto the vowel and voiced (석우 → Sŏgu).
            return switch (plain) {
                case "k" -> "g";
                case "t" -> coda == 19 ? "s" : "d";
                case "p" -> "b";
                case "l" -> "r";
                default -> plain;
            };
        }
        boolean nasalNext = nextInitial == N || nextInitial == M || nextInitial == R;
        if (nasalNext) {
            return switch (plain) {
                case "k" -> "ng";
                case "p" -> "m";
                case "t" -> "n";
                case "n" -> nextInitial == R ? "l" : "n";
                default -> plain;
            };
        }
        return plain;
    }

    /** Strips breves and apostrophes: Yŏngch'ŏl → Yongchol, as most English texts print MR. */
    public static String withoutDiacritics(String romanized) {
        return java.text.Normalizer.normalize(romanized, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['’‘ʼ`]", "");
    }

    /** Upper-cases the first letter of every word and of nothing else: kim yong chol → Kim Yong Chol. */
    public static String capitalizeWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }
}
