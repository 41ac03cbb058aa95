package org.kirok.upr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts words as a word processor does for UN word limits: runs of letters or digits (any script, Hangul included),
 * with inner hyphens, apostrophes, periods and commas kept inside one word ("non-refoulement", "DPRK's", "5,630",
 * "A/HRC/58" counts as three). Punctuation and symbols alone are not words. Stateless, thread-safe.
 */
public final class WordCount {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-'’.,][\\p{L}\\p{N}\\p{M}]+)*");

    private WordCount() {
    }

    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher matcher = WORD.matcher(text);
        int words = 0;
        while (matcher.find()) {
            words++;
        }
        return words;
    }
}
