package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise precision, recall and F1 of entities against ground truth: every two records placed in
 * one entity are a predicted pair; every two records of one true entity are a true pair (only
 * pairs across the two sources when linking two files). Counts come from cluster × truth cell
 * sizes, never from listing pairs.
 */
public record PairwiseQuality(long truePositives, long predictedPairs, long truePairs) {
    public PairwiseQuality {
        if (truePositives < 0 || truePositives > predictedPairs || truePositives > truePairs) {
            throw new IllegalArgumentException("inconsistent counts: tp=" + truePositives + ", predicted=" + predictedPairs
                    + ", true=" + truePairs);
        }
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : truePositives / (double) predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : truePositives / (double) truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * @param clusters predicted entity of each record (any int labels)
     * @param truth    true entity of each record
     * @param sources  source (0/1) of each record; cross-source pairs only when both occur
     */
    public static PairwiseQuality measure(int[] clusters, String[] truth, int[] sources) {
        Objects.requireNonNull(truth, "truth");
        if (clusters.length != truth.length || sources.length != truth.length) {
            throw new IllegalArgumentException("need one cluster, truth and source per record: " + clusters.length + ", "
                    + truth.length + ", " + sources.length);
        }
        boolean linking = java.util.Arrays.stream(sources).anyMatch(s -> s == 1);
        Map<Integer, long[]> predicted = new HashMap<>();
        Map<String, long[]> actual = new HashMap<>();
        Map<String, long[]> cells = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            int source = sources[i];
            predicted.computeIfAbsent(clusters[i], k -> new long[2])[source]++;
            actual.computeIfAbsent(truth[i], k -> new long[2])[source]++;
            cells.computeIfAbsent(clusters[i] + "\u0000" + truth[i], k -> new long[2])[source]++;
        }
        return new PairwiseQuality(pairs(cells, linking), pairs(predicted, linking), pairs(actual, linking));
    }

    private static long pairs(Map<?, long[]> groups, boolean linking) {
        long total = 0;
        for (long[] counts : groups.values()) {
            total += linking ? counts[0] * counts[1] : counts[0] * (counts[0] - 1) / 2;
        }
        return total;
    }
}
