package org.kirok.engine.linkage;

import java.util.function.Consumer;

/**
 * The outcome of a linkage run: the fitted model, every candidate pair with its match
 * probability, and the entities. Immutable, thread-safe.
 */
public final class Linkage {
    /** How much work each stage was, for reports. */
    public record Counts(long records, long possiblePairs, long candidatePairs, long skippedPairs, int skippedBlocks,
            long linkedPairs, long clusters) {
    }

    private final Records records;
    private final Scorer scorer;
    private final int[] left;
    private final int[] right;
    private final float[] probability;
    private final int[] clusters;
    private final Counts counts;
    private final long seed;
    private final int[] oneToOneSources;

    Linkage(Records records, Scorer scorer, int[] left, int[] right, float[] probability, int[] clusters, Counts counts,
            long seed, int[] oneToOneSources) {
        this.seed = seed;
        this.oneToOneSources = oneToOneSources;
        this.records = records;
        this.scorer = scorer;
        this.left = left;
        this.right = right;
        this.probability = probability;
        this.clusters = clusters;
        this.counts = counts;
    }

    public MatchModel model() {
        return scorer.model();
    }

    public Counts counts() {
        return counts;
    }

    /** The id of the entity a record belongs to: the id of the entity's first record in input order. */
    public String clusterOf(int record) {
        return records.id(clusters[record]);
    }

    /** Index of the entity's first record. */
    public int clusterIndexOf(int record) {
        return clusters[record];
    }

    /**
     * The entities at another threshold, without comparing again: each record's cluster as the
     * index of its first record. {@code chaining} gives plain connected components (Splink's
     * clustering, which chains namesakes) instead of the average-linkage merge test.
     */
    public int[] clustersAt(double threshold, boolean chaining) {
        int[] order = Linker.strongestFirst(probability, threshold);
        return Clusterer.cluster(records.size(), left, right, order, scorer, chaining ? 0 : threshold, seed, oneToOneSources);
    }

    /** Calls back with the explanation of every candidate pair whose probability is at least {@code minimum}. */
    public void explainPairs(double minimum, Consumer<PairExplanation> consumer) {
        for (int i = 0; i < left.length; i++) {
            if (probability[i] >= minimum) {
                consumer.accept(scorer.explain(left[i], right[i]));
            }
        }
    }

    /** The explanation of any two records, compared or not. */
    public PairExplanation explain(int leftRecord, int rightRecord) {
        return scorer.explain(leftRecord, rightRecord);
    }
}
