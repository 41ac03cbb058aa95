package org.kirok.engine.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Runs a whole linkage: prepare the comparisons, generate and compare the candidate pairs of the
 * blocking rules, estimate the model (without labels, or from confirmed matches), score every
 * pair, cluster; then score again with each value's frequency counted without its bearers in their
 * own first entities ({@link OwnBearers}) and romanized names read through their entity's Hangul
 * ({@link HangulOfEntities}), and cluster again. Thread-safe, stateless; a run uses the
 * common fork-join pool.
 */
public final class Linker {
    private Linker() {
    }

    /** Links without labels: u by random sampling, m by EM (see {@link Estimation}). */
    public static Linkage link(Records records, LinkageSettings settings, Progress progress) {
        return link(records, settings, List.of(), progress);
    }

    /**
     * Links, training m on {@code confirmedMatches} (pairs of record indexes a person confirmed)
     * when there are any, otherwise by EM.
     */
    public static Linkage link(Records records, LinkageSettings settings, List<int[]> confirmedMatches, Progress progress) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(settings, "settings");
        List<Comparison> comparisons = settings.comparisons();
        for (BlockingRule rule : settings.blockingRules()) {
            rule.columns().forEach(records::requireColumn);
        }
        progress.stage("preparing comparisons", comparisons.size());
        Comparison.Prepared[] prepared = comparisons.parallelStream().map(c -> {
            Comparison.Prepared p = c.prepare(records);
            progress.advance(1);
            return p;
        }).toArray(Comparison.Prepared[]::new);

        CandidatePairs.Result candidates = CandidatePairs.generate(records, settings.blockingRules(), prepared,
                CandidatePairs.wideningMinimumLevels(settings.blockingRules(), comparisons),
                settings.maxBlockSize(), progress);
        PairBuffer pairs = candidates.pairs();

        progress.stage("estimating the model", 0);
        int[] levels = comparisons.stream().mapToInt(Comparison::levels).toArray();
        double[][] u = Estimation.uByRandomSampling(records, prepared, levels, settings.uSampleSize(), settings.seed());
        Estimation.VectorCounts vectors = Estimation.count(pairs, Linker.estimatingRules(settings.blockingRules()));
        List<Estimation.Session> sessions = new java.util.ArrayList<>(Estimation.ruleSessions(settings.blockingRules(), vectors));
        for (BlockingRule rule : settings.trainingRules()) {
            rule.columns().forEach(records::requireColumn);
            sessions.add(Estimation.trainingSession(rule,
                    CandidatePairs.sample(records, rule, prepared, settings.trainingSamples(), settings.seed())));
        }
        MatchModel model = Estimation.fit(comparisons, sessions,
                settings.blockingRules().stream().filter(rule -> !rule.widening()).map(BlockingRule::columns).toList(),
                vectors, u, (long) Arrays.stream(vectors.counts()).sum(),
                records.possiblePairs(), settings.emIterations());
        if (!confirmedMatches.isEmpty()) {
            long[] matchPatterns = confirmedMatches.stream()
                    .mapToLong(pair -> Patterns.compare(prepared, pair[0], pair[1])).toArray();
            model = Estimation.fromConfirmedMatches(comparisons, matchPatterns, u, model.prior());
        }
        Scorer firstScorer = new Scorer(records, comparisons, prepared, model, settings.tfMinimum());

        progress.stage("scoring pairs", pairs.size);
        float[] probability = new float[pairs.size];
        IntStream.range(0, pairs.size).parallel().forEach(i -> probability[i] =
                (float) MatchModel.probability(firstScorer.weight(pairs.patterns[i], pairs.left[i], pairs.right[i])));
        progress.advance(pairs.size);
        // the buffer's arrays are kept when exactly full (as concatenated), and its vectors let go: at a
        // million records the pairs are most of the heap
        int[] left = pairs.left.length == pairs.size ? pairs.left : Arrays.copyOf(pairs.left, pairs.size);
        int[] right = pairs.right.length == pairs.size ? pairs.right : Arrays.copyOf(pairs.right, pairs.size);
        pairs.patterns = new long[0];

        progress.stage("clustering", 0);
        int[] order = strongestFirst(probability, settings.threshold());
        int[] firstClusters = Clusterer.cluster(records.size(), left, right, order, firstScorer, settings.threshold(),
                settings.seed(), oneToOneSources(records, settings));
        // read the values again with each one's bearers in its own entity set aside (OwnBearers) and romanized
        // names through their entity's Hangul (HangulOfEntities), and cluster again: a name borne by four
        // mentions of one man was counted as borne by four people
        progress.stage("clustering again", 0);
        Scorer scorer = firstScorer.withEntities(firstClusters);
        IntStream.range(0, left.length).parallel().forEach(i ->
                probability[i] = (float) MatchModel.probability(scorer.weight(left[i], right[i])));
        order = strongestFirst(probability, settings.threshold());
        int[] clusters = Clusterer.cluster(records.size(), left, right, order, scorer, settings.threshold(), settings.seed(),
                oneToOneSources(records, settings));
        long clusterCount = IntStream.range(0, clusters.length).filter(i -> clusters[i] == i).count();
        Linkage.Counts counts = new Linkage.Counts(records.size(), records.possiblePairs(), pairs.size,
                candidates.skippedPairs(), candidates.skippedBlocks(), order.length, clusterCount);
        return new Linkage(records, scorer, left, right, probability, clusters, counts, settings.seed(),
                oneToOneSources(records, settings));
    }

    /** Bits of the rules whose pairs estimate the model: all but the widening ones. */
    static long estimatingRules(List<BlockingRule> rules) {
        long bits = 0;
        for (int r = 0; r < rules.size(); r++) {
            if (!rules.get(r).widening()) {
                bits = Patterns.withRule(bits, r);
            }
        }
        return bits;
    }

    static int[] oneToOneSources(Records records, LinkageSettings settings) {
        if (!settings.oneToOne() || !records.linking()) {
            return null;
        }
        return IntStream.range(0, records.size()).map(records::source).toArray();
    }

    /** Indexes of the pairs at or above the threshold, by probability descending (ties by index). */
    static int[] strongestFirst(float[] probability, double threshold) {
        int count = 0;
        for (float p : probability) {
            count += p >= threshold ? 1 : 0;
        }
        long[] keyed = new long[count];
        int at = 0;
        for (int i = 0; i < probability.length; i++) {
            if (probability[i] >= threshold) {
                // probabilities in [0, 1] sort like their float bits; invert for descending order
                long descending = Integer.MAX_VALUE - Float.floatToIntBits(probability[i]);
                keyed[at++] = (descending << 32) | i;
            }
        }
        Arrays.parallelSort(keyed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }
}
