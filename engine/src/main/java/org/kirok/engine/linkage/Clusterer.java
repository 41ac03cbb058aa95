package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns scored pairs into entities without chaining. Pairs at or above the threshold are taken
 * strongest first, as in single-linkage clustering, but two clusters merge only when their
 * field-wise mean weight also reaches the threshold's weight: the prior plus, for each comparison,
 * the mean of its bits (log2 m/u, term frequencies included) over the cross pairs where both records
 * have a value — scored on demand when blocking did not compare them. This is average linkage
 * (Sokal &amp; Michener, "A statistical method for evaluating systematic relationships", 1958) on
 * log-odds, averaged per field: a record that resembles two namesakes cannot glue them into one
 * person, since the namesakes' own cross pairs, with different birth years, pull the mean of the
 * birth-year bits down; yet a mention with a birth year is judged against the members that have
 * one, not diluted by members that never gave theirs (averaging whole pair weights let those vague
 * pairs, worth little more than the prior, outvote the informative ones: historical_50k F1 0.839
 * with whole pairs, 0.864 field-wise). Connected components, Splink's default, would merge the
 * namesakes. Thread-safe, stateless; one call uses one thread.
 */
final class Clusterer {
    /** Above this many cross pairs the mean is estimated from a seeded random sample of them. */
    static final int CROSS_PAIR_BUDGET = 4_096;

    private Clusterer() {
    }

    /**
     * @param order     edges (indexes into left/right) strongest first, all at or above the threshold
     * @param threshold the merge test's bound, as a probability, on the field-wise mean weight; 0 merges along
     *                  every edge (connected components)
     * @param oneToOneSources each record's source when an entity may hold at most one record per
     *                  source (clean files linked), else null
     * @return each record's cluster, as the index of the cluster's first record
     */
    static int[] cluster(int records, int[] left, int[] right, int[] order, Scorer scorer, double threshold, long seed,
            int[] oneToOneSources) {
        int[] parent = new int[records];
        int[] size = new int[records];
        int[] next = new int[records];
        int[] last = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = -1;
            last[i] = i;
        }
        int[][] perSource = oneToOneSources == null ? null : new int[2][records];
        if (perSource != null) {
            for (int i = 0; i < records; i++) {
                perSource[oneToOneSources[i]][i] = 1;
            }
        }
        double thresholdWeight = threshold <= 0 ? 0 : Math.log(threshold / (1 - threshold)) / Math.log(2);
        Map<Long, Integer> rejected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int edge : order) {
            int a = find(parent, left[edge]);
            int b = find(parent, right[edge]);
            if (a == b) {
                continue;
            }
            long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
            Integer sizeWhenRejected = rejected.get(key);
            if (sizeWhenRejected != null && sizeWhenRejected == size[a] + size[b]) {
                continue;
            }
            if (perSource != null && (perSource[0][a] + perSource[0][b] > 1 || perSource[1][a] + perSource[1][b] > 1)) {
                continue;
            }
            if (threshold <= 0 || meanWeight(a, b, size, next, scorer, random) >= thresholdWeight) {
                if (size[a] < size[b]) {
                    int swap = a;
                    a = b;
                    b = swap;
                }
                parent[b] = a;
                if (perSource != null) {
                    perSource[0][a] += perSource[0][b];
                    perSource[1][a] += perSource[1][b];
                }
                next[last[a]] = b;
                last[a] = last[b];
                size[a] += size[b];
            } else {
                rejected.put(key, size[a] + size[b]);
            }
        }
        int[] cluster = new int[records];
        int[] firstOfRoot = new int[records];
        java.util.Arrays.fill(firstOfRoot, -1);
        for (int i = 0; i < records; i++) {
            int root = find(parent, i);
            if (firstOfRoot[root] < 0) {
                firstOfRoot[root] = i;
            }
            cluster[i] = firstOfRoot[root];
        }
        return cluster;
    }

    /** The field-wise mean weight of the cross pairs of clusters a and b; see the class comment. */
    private static double meanWeight(int a, int b, int[] size, int[] next, Scorer scorer, SplittableRandom random) {
        int[] membersA = members(a, size[a], next);
        int[] membersB = members(b, size[b], next);
        if ((long) size[a] * size[b] <= CROSS_PAIR_BUDGET) {
            return fieldwiseMeanWeight(membersA, membersB, scorer);
        }
        double[] sums = new double[scorer.comparisons()];
        int[] counts = new int[scorer.comparisons()];
        for (int s = 0; s < CROSS_PAIR_BUDGET; s++) {
            scorer.addFieldBits(membersA[random.nextInt(membersA.length)], membersB[random.nextInt(membersB.length)],
                    sums, counts);
        }
        return combine(scorer, sums, counts);
    }

    /** The prior plus, per comparison, the mean of its bits over the cross pairs where both have a value. */
    static double fieldwiseMeanWeight(int[] membersA, int[] membersB, Scorer scorer) {
        double[] sums = new double[scorer.comparisons()];
        int[] counts = new int[scorer.comparisons()];
        for (int x : membersA) {
            for (int y : membersB) {
                scorer.addFieldBits(x, y, sums, counts);
            }
        }
        return combine(scorer, sums, counts);
    }

    private static double combine(Scorer scorer, double[] sums, int[] counts) {
        double weight = scorer.priorBits();
        for (int c = 0; c < sums.length; c++) {
            weight += counts[c] == 0 ? 0 : sums[c] / counts[c];
        }
        return weight;
    }

    private static int[] members(int root, int size, int[] next) {
        int[] members = new int[size];
        int at = 0;
        for (int x = root; x >= 0; x = next[x]) {
            members[at++] = x;
        }
        return members;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
