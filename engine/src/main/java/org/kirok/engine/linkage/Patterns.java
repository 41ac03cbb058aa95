package org.kirok.engine.linkage;

/**
 * A comparison vector packed in a long: 4 bits per comparison holding level + 1 (0 = missing)
 * in the low 48 bits, and in the high 16 bits which blocking rules the pair satisfies.
 */
final class Patterns {
    static final int RULE_SHIFT = 48;
    static final long LEVEL_MASK = (1L << RULE_SHIFT) - 1;

    private Patterns() {
    }

    static long withLevel(long pattern, int comparison, int level) {
        return pattern | ((long) (level + 1) << (4 * comparison));
    }

    /** The level of one comparison, or {@link Comparison#MISSING}. */
    static int level(long pattern, int comparison) {
        return (int) ((pattern >>> (4 * comparison)) & 0xF) - 1;
    }

    static boolean satisfies(long pattern, int rule) {
        return (pattern >>> (RULE_SHIFT + rule) & 1) != 0;
    }

    static long withRule(long pattern, int rule) {
        return pattern | (1L << (RULE_SHIFT + rule));
    }

    static long levels(long pattern) {
        return pattern & LEVEL_MASK;
    }

    /** The comparison vector of two records. */
    static long compare(Comparison.Prepared[] prepared, int left, int right) {
        long pattern = 0;
        for (int k = 0; k < prepared.length; k++) {
            pattern = withLevel(pattern, k, prepared[k].level(left, right));
        }
        return pattern;
    }
}
