package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores pairs with a fitted {@link MatchModel}: the prior's log-odds plus each comparison's
 * log2(m/u), with Splink's term-frequency adjustment on exact agreement — u of the exact level is
 * replaced by the frequency of the agreed value (floored), so agreeing on 탁명순 weighs more than on
 * 김영철 — and the same below exact where a comparison knows how often a random record would fall
 * at that level against these values ({@link Comparison.Prepared#levelFrequency}: a typo into a
 * spelling nobody else writes weighs more than one between two common names). Thread-safe.
 */
final class Scorer {
    private final Records records;
    private final List<Comparison> comparisons;
    private final Comparison.Prepared[] prepared;
    private final MatchModel model;
    private final double[][] bits;
    private final double[] exactU;
    private final double[][] levelU;
    private final double tfMinimum;
    private final double priorBits;
    private final OwnBearers ownBearers;

    Scorer(Records records, List<Comparison> comparisons, Comparison.Prepared[] prepared, MatchModel model, double tfMinimum) {
        this(records, comparisons, prepared, model, tfMinimum, null);
    }

    private Scorer(Records records, List<Comparison> comparisons, Comparison.Prepared[] prepared, MatchModel model,
            double tfMinimum, OwnBearers ownBearers) {
        this.ownBearers = ownBearers;
        this.records = records;
        this.comparisons = comparisons;
        this.prepared = prepared;
        this.model = model;
        this.tfMinimum = tfMinimum;
        this.priorBits = model.priorBits();
        this.bits = new double[comparisons.size()][];
        this.exactU = new double[comparisons.size()];
        this.levelU = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            MatchModel.Parameters parameters = model.parameters().get(c);
            int levels = comparisons.get(c).levels();
            bits[c] = new double[levels];
            levelU[c] = new double[levels];
            for (int l = 0; l < levels; l++) {
                bits[c][l] = parameters.bits(l);
                levelU[c][l] = parameters.u(l);
            }
            exactU[c] = parameters.u(levels - 1);
        }
    }

    public MatchModel model() {
        return model;
    }

    /** This scorer with each value's frequency counted without its bearers in the records' own entities ({@link OwnBearers}). */
    Scorer withEntities(int[] entity) {
        boolean[] termFrequencies = new boolean[comparisons.size()];
        for (int c = 0; c < termFrequencies.length; c++) {
            termFrequencies[c] = comparisons.get(c).termFrequencies();
        }
        Comparison.Prepared[] read = java.util.Arrays.stream(prepared).map(p -> p.withEntities(entity))
                .toArray(Comparison.Prepared[]::new);
        return new Scorer(records, comparisons, read, model, tfMinimum, OwnBearers.of(read, termFrequencies, entity));
    }

    /** The match weight in bits of a pair whose comparison vector is known. */
    double weight(long pattern, int left, int right) {
        double weight = priorBits;
        for (int c = 0; c < bits.length; c++) {
            int level = Patterns.level(pattern, c);
            if (level >= 0) {
                weight += bits[c][level] + termFrequencyBits(c, level, left, right);
            }
        }
        return weight;
    }

    public double weight(int left, int right) {
        return weight(Patterns.compare(prepared, left, right), left, right);
    }

    /**
     * Adds, for each comparison where both records have a value, its bits for this pair to
     * {@code sums[c]} and one to {@code counts[c]}.
     */
    void addFieldBits(int left, int right, double[] sums, int[] counts) {
        long pattern = Patterns.compare(prepared, left, right);
        for (int c = 0; c < bits.length; c++) {
            int level = Patterns.level(pattern, c);
            if (level >= 0) {
                sums[c] += bits[c][level] + termFrequencyBits(c, level, left, right);
                counts[c]++;
            }
        }
    }

    int comparisons() {
        return bits.length;
    }

    double priorBits() {
        return priorBits;
    }

    public double probability(int left, int right) {
        return MatchModel.probability(weight(left, right));
    }

    private double termFrequencyBits(int comparison, int level, int left, int right) {
        if (!comparisons.get(comparison).termFrequencies()) {
            return 0;
        }
        if (level != bits[comparison].length - 1) {
            double frequency = prepared[comparison].levelFrequency(left, right, level);
            return Double.isNaN(frequency) ? 0
                    : Math.log(levelU[comparison][level] / Math.max(frequency, tfMinimum)) / Math.log(2);
        }
        double frequency = Math.max(prepared[comparison].termFrequency(left), prepared[comparison].termFrequency(right));
        if (Double.isNaN(frequency)) {
            return 0;
        }
        if (ownBearers != null) {
            frequency = ownBearers.othersShare(comparison, frequency, left, right);
        }
        return Math.log(exactU[comparison] / Math.max(frequency, tfMinimum)) / Math.log(2);
    }

    /** The pair's weight field by field. */
    public PairExplanation explain(int left, int right) {
        long pattern = Patterns.compare(prepared, left, right);
        List<PairExplanation.Term> terms = new ArrayList<>();
        for (int c = 0; c < bits.length; c++) {
            int level = Patterns.level(pattern, c);
            Comparison comparison = comparisons.get(c);
            String label = level < 0 ? "missing" : comparison.levelLabels().get(level);
            terms.add(new PairExplanation.Term(comparison.name(), label, prepared[c].shown(left), prepared[c].shown(right),
                    level < 0 ? 0 : bits[c][level], level < 0 ? 0 : termFrequencyBits(c, level, left, right)));
        }
        double weight = weight(pattern, left, right);
        return new PairExplanation(records.id(left), records.id(right), priorBits, terms, weight,
                MatchModel.probability(weight));
    }
}
