package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Graded agreement on free text: exact, then one level per threshold of a string metric, strictest
 * first, then disagree. Metrics: Jaro–Winkler similarity ≥ t ({@link JaroWinkler}),
 * Damerau–Levenshtein distance ≤ t ({@link DamerauLevenshtein}), Jaccard similarity of the word
 * sets ≥ t (Jaccard, "Étude comparative de la distribution florale", 1901), and the overlap
 * coefficient |A ∩ B| / min(|A|, |B|) ≥ t (Szymkiewicz 1934, Simpson 1943), which scores a title
 * contained in a longer one ("Jim Gray speaks out" in "Jim Gray speaks out: on …") as 1, and the
 * overlap of model numbers ({@code CODES}: "PS-LX350H" in one listing, "PSLX350H" in another).
 * With {@code swapWith} (say, the surname column for the first name) a value is also measured
 * against the other record's value of that column, and the better level counts: forms filled in
 * with first name and surname the wrong way round ("Bailey Freddie") still agree.
 */
public record TextComparison(String name, String column, Metric metric, List<Double> thresholds,
        boolean termFrequencies, String swapWith) implements Comparison {
    /** How two cleaned values are measured. */
    public enum Metric { JARO_WINKLER, DAMERAU_LEVENSHTEIN, JACCARD, OVERLAP, CODES }

    public TextComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(metric, "metric");
        thresholds = List.copyOf(thresholds);
        swapWith = swapWith == null ? "" : swapWith;
        if (thresholds.isEmpty() || thresholds.size() > 6) {
            throw new IllegalArgumentException("comparison '" + name + "' needs 1 to 6 thresholds, not " + thresholds);
        }
        for (int i = 0; i < thresholds.size(); i++) {
            double t = thresholds.get(i);
            boolean similarity = metric != Metric.DAMERAU_LEVENSHTEIN;
            if (similarity ? (t <= 0 || t >= 1) : (t < 1 || t != Math.rint(t))) {
                throw new IllegalArgumentException("comparison '" + name + "': threshold " + t + " is not "
                        + (similarity ? "a similarity strictly between 0 and 1" : "a whole number of edits ≥ 1"));
            }
            if (i > 0 && (similarity ? t >= thresholds.get(i - 1) : t <= thresholds.get(i - 1))) {
                throw new IllegalArgumentException("comparison '" + name + "': thresholds must go from strictest to loosest: "
                        + thresholds);
            }
        }
    }

    public TextComparison(String name, String column, Metric metric, List<Double> thresholds, boolean termFrequencies) {
        this(name, column, metric, thresholds, termFrequencies, "");
    }

    /** The column only: blocking on {@code swapWith} does not make the crossed reading agree. */
    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<String> levelLabels() {
        List<String> labels = new ArrayList<>();
        labels.add("different");
        for (int i = thresholds.size() - 1; i >= 0; i--) {
            labels.add(switch (metric) {
                case JARO_WINKLER -> "jaro-winkler ≥ " + thresholds.get(i);
                case DAMERAU_LEVENSHTEIN -> "≤ " + thresholds.get(i).intValue() + " edits";
                case JACCARD -> "word overlap ≥ " + thresholds.get(i);
                case OVERLAP -> "words contained ≥ " + thresholds.get(i);
                case CODES -> "codes shared ≥ " + thresholds.get(i);
            });
        }
        labels.add("exact");
        return labels;
    }

    @Override
    public Prepared prepare(Records records) {
        String[] keys = keys(records, column);
        String[] swapped = swapWith.isEmpty() ? null : keys(records, swapWith);
        boolean words = metric == Metric.JACCARD || metric == Metric.OVERLAP || metric == Metric.CODES;
        String[][] tokens = metric == Metric.CODES ? codes(records, column) : words ? tokens(keys) : null;
        String[][] swappedTokens = !words || swapped == null ? null
                : metric == Metric.CODES ? codes(records, swapWith) : tokens(swapped);
        double[] frequencies = termFrequencies ? TermFrequencies.of(keys) : null;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                int direct = measure(keys[left], keys[right], words ? tokens[left] : null, words ? tokens[right] : null);
                // a missing value stays missing: a swap moves both names, it does not fill a gap
                if (swapped == null || direct == thresholds.size() + 1 || direct == MISSING) {
                    return direct;
                }
                return Math.max(direct, measure(keys[left], swapped[right], words ? tokens[left] : null,
                        words ? swappedTokens[right] : null));
            }

            @Override
            public double termFrequency(int record) {
                return frequencies == null ? Double.NaN : frequencies[record];
            }

            @Override
            public String shown(int record) {
                return keys[record];
            }
        };
    }

    private static String[] keys(Records records, String column) {
        int index = records.requireColumn(column);
        String[] keys = new String[records.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Text.clean(records.value(index, i));
        }
        return keys;
    }

    private static String[][] codes(Records records, String column) {
        int index = records.requireColumn(column);
        String[][] codes = new String[records.size()][];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Text.codes(records.value(index, i));
        }
        return codes;
    }

    private static String[][] tokens(String[] keys) {
        String[][] tokens = new String[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            tokens[i] = Text.tokens(keys[i]);
        }
        return tokens;
    }

    /** The level of two cleaned values (with their words for the word metrics), or {@link #MISSING}. */
    private int measure(String a, String b, String[] wordsA, String[] wordsB) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        int top = thresholds.size() + 1;
        if (a.equals(b)) {
            return top;
        }
        if (metric == Metric.CODES && (wordsA.length == 0 || wordsB.length == 0)) {
            return MISSING;
        }
        double score = switch (metric) {
            case JARO_WINKLER -> JaroWinkler.similarity(a, b);
            case DAMERAU_LEVENSHTEIN -> DamerauLevenshtein.distance(a, b, thresholds.get(thresholds.size() - 1).intValue());
            case JACCARD -> Text.jaccard(wordsA, wordsB);
            case OVERLAP, CODES -> Text.overlap(wordsA, wordsB);
        };
        for (int i = 0; i < thresholds.size(); i++) {
            double t = thresholds.get(i);
            if (metric == Metric.DAMERAU_LEVENSHTEIN ? score <= t : score >= t) {
                return top - 1 - i;
            }
        }
        return 0;
    }
}
