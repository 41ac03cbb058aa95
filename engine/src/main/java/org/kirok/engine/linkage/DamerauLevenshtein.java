package org.kirok.engine.linkage;

/**
 * Edit distance counting insertions, deletions, substitutions and transpositions of adjacent
 * characters (Damerau, "A technique for computer detection and correction of spelling errors",
 * CACM 7(3), 1964; Levenshtein, 1966), in its optimal-string-alignment form, with an early exit
 * once the distance exceeds a bound. Thread-safe, stateless.
 */
public final class DamerauLevenshtein {
    private DamerauLevenshtein() {
    }

    /** The distance, or {@code bound + 1} as soon as it is known to exceed {@code bound}. */
    public static int distance(CharSequence left, CharSequence right, int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("bound must not be negative: " + bound);
        }
        int n = left.length();
        int m = right.length();
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && left.charAt(i - 1) == right.charAt(j - 2) && left.charAt(i - 2) == right.charAt(j - 1)) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > bound) {
                return bound + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], bound + 1);
    }
}
