package org.kirok.engine.name;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A phonetic key for one word of romanized Korean (or of Hangul, through its Revised Romanization):
 * the spellings that the romanization systems and popular usage give one sound fold to one key.
 *
 * <p>The idea is Soundex's (Russell, US patent 1,261,167, 1918) and the NYSIIS rules' (Taft 1970),
 * rebuilt for the letters Korean romanizations actually disagree on:
 * <ul>
 *   <li>plain, voiced and aspirated stops are one letter each: k/g/kh/k', t/d/th, p/b/ph, ch/j/ch';</li>
 *   <li>ㅓ ㅗ ㅜ ㅡ are one vowel (eo ŏ o u oo eu ŭ), so are ㅕ ㅛ ㅠ (yeo yŏ yo you yu), ㅐ ㅔ (ae e ai),
 *       ㅢ ㅣ (ui ŭi ee i), ㅚ ㅙ ㅞ (oe oi we);</li>
 *   <li>popular silent letters go: Ahn, Oh, Park, Sohn, Rhee;</li>
 *   <li>nasal and liquid assimilation across syllables is undone in the same direction for every
 *       spelling (Sŏngmin = Seokmin, Yŏngnan = Yeongran, Silla = Sinra);</li>
 *   <li>the initial sound law: a leading ㄹ before i/y is dropped and otherwise becomes ㄴ, a leading
 *       ㄴ before i/y is dropped (Ri = Yi = Lee = I, Ryu = Yu, Ro = No, Ryong = Yong).</li>
 * </ul>
 * Because Hangul is first written in Revised Romanization and then folded by the same rules, a name
 * in Hangul and any of its romanizations reach the same key. The key is lower-case ASCII.
 * Thread-safe, stateless.
 */
public final class KoreanPhonetic {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    /** Ordered rewrite rules; upper-case letters are folded consonant classes. */
    private static final Rule[] RULES = {
        new Rule("([aeiouy])h(?![aeiouwy])", "$1"),      // Ahn, Oh, Kahng: h that is not an onset
        new Rule("([aeiouy])r(?![aeiouwy])", "$1"),      // Park, Char, Kor: English r-colouring
        new Rule("rh", "r"),
        new Rule("^wh", "hw"),
        new Rule("tch|ch|ts|j|z", "C"),
        new Rule("sh|ss", "s"),
        new Rule("[kg]h|ck|[qckg]", "K"),
        new Rule("[td]h|[dt]", "T"),
        new Rule("[pb]h|[pbfv]", "P"),
        new Rule("[rl]", "L"),
        new Rule("x", "Ks"),
        new Rule("(?<![Kh])w(?=oo|u)", ""),              // Hyunwoo = Hyeonu, but Kwun keeps its w
        new Rule("e+(?=[ou])", ""),                      // eo, eu; also ae+eu = a+eu (Taeeun = T'aeŭn)
        new Rule("oo|ou", "u"),
        new Rule("ee", "i"),
        new Rule("yi", "i"),
        new Rule("ui", "i"),                             // ㅢ after a consonant sounds ㅣ; Ooil = Uil
        new Rule("o[ei]|oy(?![aeiou])", "we"),           // ㅚ: oe, oi, oy
        new Rule("a[ei]|[ae]y(?![aeiou])", "e"),         // ㅐ = ㅔ: ae, ai, ay
        new Rule("u", "o"),
        new Rule("y(?![aeio])", "i"),                    // Kym, Lym
        new Rule("(.)\\1+", "$1"),
        new Rule("nL|Ln", "L"),                          // ㄴㄹ, ㄹㄴ → ll
        new Rule("([KmP])L", "$1n"),                     // ㄱ ㅁ ㅂ ㅇ + ㄹ → ㄴ
        new Rule("([aeiowy])K(?=[nm])", "$1nK"),         // ㄱ before a nasal → ㅇ
        new Rule("([aeiowy])P(?=[nm])", "$1m"),          // ㅂ before a nasal → ㅁ
        new Rule("([aeiowy])[Ts](?=[nm])", "$1n"),       // ㄷ ㅅ before a nasal → ㄴ
        new Rule("(.)\\1+", "$1"),
        new Rule("^L(?=[iy])", ""),                      // initial sound law
        new Rule("^L", "n"),
        new Rule("^n(?=[iy])", ""),
    };

    private KoreanPhonetic() {
    }

    /**
     * The key of one word: Hangul is romanized first; case, diacritics, apostrophes, hyphens and
     * spaces are ignored; "" when nothing alphabetic is left.
     */
    public static String key(String word) {
        String latin = Hangul.containsSyllable(word) ? Romanizer.revised(word) : word;
        String letters = NOT_LETTER.matcher(asciiLower(latin)).replaceAll("");
        if (letters.isEmpty()) {
            return "";
        }
        String folded = letters;
        for (Rule rule : RULES) {
            folded = rule.pattern.matcher(folded).replaceAll(rule.replacement);
        }
        return folded.toLowerCase(Locale.ROOT);
    }

    /** The consonants of a key in order, vowels dropped: a looser key for vowel-level typos. */
    public static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouwy".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.isEmpty() && !key.isEmpty() ? key.substring(0, 1) : out.toString();
    }

    /** Lower case with diacritics and apostrophes removed (ŏ → o, Ch'oe → choe). */
    static String asciiLower(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("['’‘ʼ`´]", "");
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
