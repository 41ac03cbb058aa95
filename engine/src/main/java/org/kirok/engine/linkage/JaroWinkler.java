package org.kirok.engine.linkage;

/**
 * Jaro–Winkler similarity in [0, 1]: Jaro, "Advances in record-linkage methodology as applied to
 * matching the 1985 census of Tampa, Florida", JASA 84 (1989); Winkler, "String comparator metrics
 * and enhanced decision rules in the Fellegi–Sunter model of record linkage", Proc. Section on
 * Survey Research Methods, ASA (1990): a common prefix of up to 4 characters raises the Jaro
 * score by 0.1 per character. Thread-safe, stateless.
 */
public final class JaroWinkler {
    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    public static double similarity(String left, String right) {
        if (left.equals(right)) {
            return left.isEmpty() ? 0 : 1;
        }
        double jaro = jaro(left, right);
        int prefix = 0;
        int limit = Math.min(MAX_PREFIX, Math.min(left.length(), right.length()));
        while (prefix < limit && left.charAt(prefix) == right.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }

    static double jaro(String left, String right) {
        int leftLength = left.length();
        int rightLength = right.length();
        if (leftLength == 0 || rightLength == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(leftLength, rightLength) / 2 - 1);
        boolean[] leftMatched = new boolean[leftLength];
        boolean[] rightMatched = new boolean[rightLength];
        int matches = 0;
        for (int i = 0; i < leftLength; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(rightLength - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!rightMatched[j] && left.charAt(i) == right.charAt(j)) {
                    leftMatched[i] = true;
                    rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < leftLength; i++) {
            if (leftMatched[i]) {
                while (!rightMatched[j]) {
                    j++;
                }
                if (left.charAt(i) != right.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        return (m / leftLength + m / rightLength + (m - transpositions / 2.0) / m) / 3.0;
    }
}
