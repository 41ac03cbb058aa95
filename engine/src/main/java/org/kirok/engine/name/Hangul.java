package org.kirok.engine.name;

/**
 * Arithmetic on precomposed Hangul syllables (U+AC00–U+D7A3): every syllable is
 * {@code 0xAC00 + (initial × 21 + medial) × 28 + final}, as laid down in The Unicode Standard,
 * chapter 3.12 "Conjoining Jamo Behavior". Thread-safe, stateless.
 */
public final class Hangul {
    static final int FIRST = 0xAC00;
    static final int LAST = 0xD7A3;
    static final int MEDIALS = 21;
    static final int FINALS = 28;

    /** Compatibility jamo for the 19 initials, in Unicode order. */
    static final String INITIAL_JAMO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    /** Compatibility jamo for the 21 medials, in Unicode order. */
    static final String MEDIAL_JAMO = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Compatibility jamo for the 27 finals (index 0 = none), in Unicode order. */
    static final String[] FINAL_JAMO = {"", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
        "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"};

    private Hangul() {
    }

    public static boolean isSyllable(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** True when the text holds at least one Hangul syllable. */
    public static boolean containsSyllable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSyllable(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Index 0–18 of the initial consonant of a syllable. */
    public static int initial(char syllable) {
        return offset(syllable) / (MEDIALS * FINALS);
    }

    /** Index 0–20 of the vowel of a syllable. */
    public static int medial(char syllable) {
        return offset(syllable) % (MEDIALS * FINALS) / FINALS;
    }

    /** Index 0–27 of the final consonant of a syllable, 0 when there is none. */
    public static int coda(char syllable) {
        return offset(syllable) % FINALS;
    }

    public static char compose(int initial, int medial, int coda) {
        if (initial < 0 || initial > 18 || medial < 0 || medial >= MEDIALS || coda < 0 || coda >= FINALS) {
            throw new IllegalArgumentException(
                    "no Hangul syllable has jamo indices (" + initial + ", " + medial + ", " + coda + ")");
        }
        return (char) (FIRST + (initial * MEDIALS + medial) * FINALS + coda);
    }

    /**
     * The jamo of every syllable in order (initial, vowel, final when present) as compatibility
     * jamo; other characters are kept as they are. 김영철 → ㄱㅣㅁㅇㅕㅇㅊㅓㄹ.
     */
    public static String jamo(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                out.append(INITIAL_JAMO.charAt(initial(c))).append(MEDIAL_JAMO.charAt(medial(c)))
                        .append(FINAL_JAMO[coda(c)]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether two Hangul words of as many syllables differ in one jamo only — the onset, the vowel or
     * the final of one syllable: what one mistyped key does (김 → 긤, 영철 → 영첼).
     */
    public static boolean oneJamoApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int changed = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == y) {
                continue;
            }
            if (!isSyllable(x) || !isSyllable(y)) {
                return false;
            }
            changed += (initial(x) == initial(y) ? 0 : 1) + (medial(x) == medial(y) ? 0 : 1) + (coda(x) == coda(y) ? 0 : 1);
        }
        return changed == 1;
    }

    private static int offset(char syllable) {
        if (!isSyllable(syllable)) {
            throw new IllegalArgumentException("not a precomposed Hangul syllable: '" + syllable + "' (U+"
                    + Integer.toHexString(syllable).toUpperCase(java.util.Locale.ROOT) + ")");
        }
        return syllable - FIRST;
    }
}
