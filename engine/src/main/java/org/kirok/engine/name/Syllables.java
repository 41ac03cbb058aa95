package org.kirok.engine.name;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments a folded given name ({@link KoreanPhonetic#key}) into syllables, so that a joined
 * "Yongchol", a hyphenated "Yong-chol" and a spaced "Yong Chol" all give [yonk, col]. A folded
 * syllable is an optional onset (k t p c s h n m l), an optional glide (w y), a vowel (a e i o) and
 * an optional coda (k n nk l m p t). Among the segmentations with fewest syllables the one giving
 * later syllables their onsets wins (the maximal-onset principle; Kahn, "Syllable-based
 * generalizations in English phonology", 1976). Thread-safe, stateless.
 */
public final class Syllables {
    private static final String ONSETS = "ktpcshnml";
    private static final String VOWELS = "aeio";
    private static final String[] CODAS = {"nk", "k", "n", "l", "m", "p", "t", ""};

    private Syllables() {
    }

    /** The syllables of a folded word, or the whole word as one piece when it does not parse. */
    public static List<String> split(String key) {
        int n = key.length();
        if (n == 0) {
            return List.of();
        }
        int[] best = new int[n + 1];
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[n] = 0;
        for (int start = n - 1; start >= 0; start--) {
            for (int end : syllableEnds(key, start)) {
                if (best[end] == Integer.MAX_VALUE) {
                    continue;
                }
                int count = best[end] + 1;
                // ties: the shortest syllable first leaves the next syllable its onset
                if (count < best[start] || (count == best[start] && end < cut[start])) {
                    best[start] = count;
                    cut[start] = end;
                }
            }
        }
        if (best[0] == Integer.MAX_VALUE) {
            return List.of(key);
        }
        List<String> syllables = new ArrayList<>(best[0]);
        for (int at = 0; at < n; at = cut[at]) {
            syllables.add(key.substring(at, cut[at]));
        }
        return syllables;
    }

    /** Whether the whole folded word segments into syllables (as every romanized Korean name does). */
    public static boolean parses(String key) {
        return !key.isEmpty() && (split(key).size() > 1 || syllableEnds(key, 0).contains(key.length()));
    }

    /** First letters of the syllables: [yonk, col] → "yc". */
    public static String initials(String key) {
        StringBuilder out = new StringBuilder();
        for (String syllable : split(key)) {
            out.append(syllable.charAt(0));
        }
        return out.toString();
    }

    private static List<Integer> syllableEnds(String key, int start) {
        int at = start;
        if (at < key.length() && ONSETS.indexOf(key.charAt(at)) >= 0) {
            at++;
        }
        if (at < key.length() && (key.charAt(at) == 'w' || key.charAt(at) == 'y')) {
            at++;
        }
        if (at >= key.length() || VOWELS.indexOf(key.charAt(at)) < 0) {
            return List.of();
        }
        at++;
        List<Integer> ends = new ArrayList<>(3);
        for (String coda : CODAS) {
            if (key.startsWith(coda, at)) {
                ends.add(at + coda.length());
            }
        }
        return ends;
    }
}
