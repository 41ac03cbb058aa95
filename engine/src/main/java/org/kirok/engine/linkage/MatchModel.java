package org.kirok.engine.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * A fitted Fellegi–Sunter model: the prior probability that two random records match and, per
 * comparison and level, m = P(level | match) and u = P(level | non-match). The weight of a level is
 * log2(m/u) bits (Fellegi &amp; Sunter 1969; the bits convention is Splink's).
 */
public record MatchModel(double prior, List<Parameters> parameters) {
    /** m and u probabilities of one comparison, index = level. */
    public record Parameters(String comparison, double[] m, double[] u) {
        public Parameters {
            Settings.requireName(comparison, "comparison");
            m = m.clone();
            u = u.clone();
            if (m.length != u.length || m.length < 2) {
                throw new IllegalArgumentException(comparison + ": m and u need the same number (≥ 2) of levels: "
                        + m.length + " vs " + u.length);
            }
            for (int level = 0; level < m.length; level++) {
                if (!(m[level] > 0 && m[level] <= 1) || !(u[level] > 0 && u[level] <= 1)) {
                    throw new IllegalArgumentException(comparison + " level " + level + ": m=" + m[level] + ", u=" + u[level]
                            + " must be probabilities in (0, 1]");
                }
            }
        }

        public double m(int level) {
            return m[level];
        }

        public double u(int level) {
            return u[level];
        }

        /** log2(m/u) of a level; 0 for a missing value. */
        public double bits(int level) {
            return level < 0 ? 0 : Math.log(m[level] / u[level]) / Math.log(2);
        }

        @Override
        public String toString() {
            return comparison + " m=" + Arrays.toString(m) + " u=" + Arrays.toString(u);
        }
    }

    public MatchModel {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must be strictly between 0 and 1, not " + prior);
        }
        parameters = List.copyOf(parameters);
    }

    public double priorBits() {
        return Math.log(prior / (1 - prior)) / Math.log(2);
    }

    public static double probability(double weightBits) {
        return 1 / (1 + Math.pow(2, -weightBits));
    }
}
