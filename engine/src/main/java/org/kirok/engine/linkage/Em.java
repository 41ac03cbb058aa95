package org.kirok.engine.linkage;

/**
 * One expectation–maximisation session over weighted comparison vectors with u fixed: estimates
 * the match share λ and m for the comparisons marked free. The comparisons that are not free are
 * either left out of the likelihood ({@link Others#IGNORED}, in a blocking-rule session where they
 * agree by construction) or used with their m as it is ({@link Others#FIXED}).
 * Not thread-safe; used by one thread.
 */
final class Em {
    /** What becomes of the comparisons that are not estimated. */
    enum Others { IGNORED, FIXED }

    private static final double TOLERANCE = 1e-7;

    private final long[] patterns;
    private final double[] weights;
    private final int[] levels;
    private final double[][] u;
    private final boolean[] free;
    private final Others others;
    final double[][] m;
    double lambda;

    Em(long[] patterns, double[] weights, int[] levels, double[][] u, double[][] m, double lambda, boolean[] free,
            Others others) {
        this.patterns = patterns;
        this.weights = weights;
        this.levels = levels;
        this.u = u;
        this.free = free;
        this.others = others;
        this.m = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            this.m[c] = m[c].clone();
        }
        this.lambda = lambda;
    }

    /** Iterates until λ and every free m move less than the tolerance, or {@code iterations} times. */
    void run(int iterations) {
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[][] mNumerator = new double[m.length][];
            for (int c = 0; c < m.length; c++) {
                mNumerator[c] = new double[levels[c]];
            }
            double matchTotal = 0;
            double total = 0;
            for (int i = 0; i < patterns.length; i++) {
                if (weights[i] == 0) {
                    continue;
                }
                double logOdds = Math.log(lambda) - Math.log(1 - lambda);
                for (int c = 0; c < m.length; c++) {
                    int level = Patterns.level(patterns[i], c);
                    if (level >= 0 && (free[c] || others == Others.FIXED)) {
                        logOdds += Math.log(m[c][level]) - Math.log(u[c][level]);
                    }
                }
                double matched = weights[i] / (1 + Math.exp(-logOdds));
                matchTotal += matched;
                total += weights[i];
                for (int c = 0; c < m.length; c++) {
                    int level = Patterns.level(patterns[i], c);
                    if (level >= 0 && free[c]) {
                        mNumerator[c][level] += matched;
                    }
                }
            }
            if (total == 0) {
                return;
            }
            double updatedLambda = Math.min(1 - 1e-9, Math.max(1e-9, matchTotal / total));
            double change = Math.abs(updatedLambda - lambda);
            lambda = updatedLambda;
            for (int c = 0; c < m.length; c++) {
                if (free[c]) {
                    double[] updated = Estimation.normalise(mNumerator[c], 1e-6);
                    for (int l = 0; l < updated.length; l++) {
                        change = Math.max(change, Math.abs(updated[l] - m[c][l]));
                    }
                    m[c] = updated;
                }
            }
            if (change < TOLERANCE) {
                return;
            }
        }
    }
}
