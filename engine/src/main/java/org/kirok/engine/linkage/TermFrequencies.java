package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * Relative frequencies of the values of one column, for the term-frequency adjustment described in
 * Splink's documentation ("Term frequency adjustments", moj-analytical-services.github.io/splink):
 * an exact match on a value shared by few records is stronger evidence than on a common one.
 */
final class TermFrequencies {
    private TermFrequencies() {
    }

    /** Frequency of each record's key among the non-empty keys; NaN where the key is empty. */
    static double[] of(String[] keys) {
        Map<String, Integer> counts = counts(keys);
        int present = counts.values().stream().mapToInt(Integer::intValue).sum();
        double[] frequencies = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            frequencies[i] = keys[i].isEmpty() ? Double.NaN : counts.get(keys[i]) / (double) present;
        }
        return frequencies;
    }

    /** How many records bear each non-empty key. */
    static Map<String, Integer> counts(String[] keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (String key : keys) {
            if (!key.isEmpty()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }
}
