package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns scored pairs into entities without chaining. Pairs at or above the threshold are taken
 * strongest first, as in single-linkage clustering, but two clusters merge only when the mean
 * match weight (log2 odds) over all their cross pairs — scored on demand when blocking did not
 * compare them — also reaches the threshold's weight: average linkage (Sokal &amp; Michener, "A
 * statistical method for evaluating systematic relationships", 1958) on log-odds as the merge test.
 * A record that resembles two namesakes therefore cannot glue them into one person: the namesakes'
 * own cross pair, with strong evidence against it, pulls the mean down. Averaging weights rather than
 * probabilities lets a pair that merely says little (a vague mention) count for little, and a pair
 * with a different birth year count for much. Connected components, Splink's default, would merge
 * the namesakes. Thread-safe, stateless; one call uses one thread.
 */
final class Clusterer {
    /** Above this many cross pairs the mean is estimated from a seeded random sample of them. */
    static final int CROSS_PAIR_BUDGET = 4_096;

    private Clusterer() {
    }

    /**
     * @param order     edges (indexes into left/right) strongest first, all at or above the threshold
     * @param threshold the merge test's bound, as a probability, on the mean cross-pair weight; 0 merges along
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

    private static double meanWeight(int a, int b, int[] size, int[] next, Scorer scorer, SplittableRandom random) {
        long crossPairs = (long) size[a] * size[b];
        if (crossPairs <= CROSS_PAIR_BUDGET) {
            double sum = 0;
            for (int x = a; x >= 0; x = next[x]) {
                for (int y = b; y >= 0; y = next[y]) {
                    sum += scorer.weight(x, y);
                }
            }
            return sum / crossPairs;
        }
        int[] membersA = members(a, size[a], next);
        int[] membersB = members(b, size[b], next);
        double sum = 0;
        for (int s = 0; s < CROSS_PAIR_BUDGET; s++) {
            sum += scorer.weight(membersA[random.nextInt(membersA.length)], membersB[random.nextInt(membersB.length)]);
        }
        return sum / CROSS_PAIR_BUDGET;
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
