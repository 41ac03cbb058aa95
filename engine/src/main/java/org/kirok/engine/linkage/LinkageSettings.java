package org.kirok.engine.linkage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a linkage run is configured with.
 *
 * @param comparisons     the fields compared, 1–12, each with at most 14 levels
 * @param blockingRules   the rules whose union gives the candidate pairs, 1–16
 * @param trainingRules   looser rules only sampled to estimate m for the comparisons every
 *                        blocking rule involves (names, when all rules block on names)
 * @param threshold       match probability at or above which a pair links two records
 * @param maxBlockSize    blocks larger than this are skipped (and counted) to keep the work bounded
 * @param uSampleSize     random pairs sampled to estimate the u probabilities
 * @param emIterations    the most expectation–maximisation iterations per training session
 * @param tfMinimum       floor of a value's frequency in term-frequency adjustment
 * @param seed            seed of every random choice, so runs are reproducible
 * @param oneToOne        when linking two files each free of duplicates: an entity holds at most one
 *                        record of each file (the strongest pairs claim their records first)
 */
public record LinkageSettings(List<Comparison> comparisons, List<BlockingRule> blockingRules,
        List<BlockingRule> trainingRules, double threshold,
        int maxBlockSize, long uSampleSize, int emIterations, double tfMinimum, long seed, boolean oneToOne) {
    public static final int MAX_COMPARISONS = 12;
    public static final int MAX_RULES = 16;

    public LinkageSettings {
        comparisons = List.copyOf(comparisons);
        blockingRules = List.copyOf(blockingRules);
        trainingRules = List.copyOf(trainingRules);
        if (comparisons.isEmpty() || comparisons.size() > MAX_COMPARISONS) {
            throw new IllegalArgumentException("need 1 to " + MAX_COMPARISONS + " comparisons, got " + comparisons.size());
        }
        if (blockingRules.isEmpty() || blockingRules.size() > MAX_RULES) {
            throw new IllegalArgumentException("need 1 to " + MAX_RULES + " blocking rules, got " + blockingRules.size());
        }
        if (blockingRules.stream().allMatch(BlockingRule::widening)) {
            throw new IllegalArgumentException("every blocking rule is widening: at least one must not be, since the model "
                    + "is estimated on the pairs of the others");
        }
        Set<String> names = new HashSet<>();
        for (Comparison comparison : comparisons) {
            if (!names.add(comparison.name())) {
                throw new IllegalArgumentException("two comparisons are named '" + comparison.name() + "'");
            }
            if (comparison.levels() < 2 || comparison.levels() > 14) {
                throw new IllegalArgumentException("comparison '" + comparison.name() + "' has " + comparison.levels()
                        + " levels; 2 to 14 are allowed");
            }
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be a probability strictly between 0 and 1, not " + threshold);
        }
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maxBlockSize must be at least 2, not " + maxBlockSize);
        }
        if (uSampleSize < 1000) {
            throw new IllegalArgumentException("uSampleSize must be at least 1000, not " + uSampleSize);
        }
        if (emIterations < 1) {
            throw new IllegalArgumentException("emIterations must be at least 1, not " + emIterations);
        }
        if (!(tfMinimum > 0 && tfMinimum < 1)) {
            throw new IllegalArgumentException("tfMinimum must be strictly between 0 and 1, not " + tfMinimum);
        }
    }

    /** Defaults for everything but what must be chosen. */
    public static LinkageSettings of(List<Comparison> comparisons, List<BlockingRule> rules, double threshold) {
        return new LinkageSettings(comparisons, rules, List.of(), threshold, 5_000, 2_000_000, 40, 1e-6, 42, false);
    }

    public LinkageSettings withThreshold(double newThreshold) {
        return new LinkageSettings(comparisons, blockingRules, trainingRules, newThreshold, maxBlockSize, uSampleSize,
                emIterations, tfMinimum, seed, oneToOne);
    }

    public LinkageSettings withTrainingRules(List<BlockingRule> rules) {
        return new LinkageSettings(comparisons, blockingRules, rules, threshold, maxBlockSize, uSampleSize, emIterations,
                tfMinimum, seed, oneToOne);
    }

    /** Pairs sampled from each training rule. */
    public int trainingSamples() {
        return (int) Math.min(200_000, uSampleSize);
    }
}
