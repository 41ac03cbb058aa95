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
 * contained in a longer one ("Jim Gray speaks out" in "Jim Gray speaks out: on …") as 1.
 */
public record TextComparison(String name, String column, Metric metric, List<Double> thresholds,
        boolean termFrequencies) implements Comparison {
    /** How two cleaned values are measured. */
    public enum Metric { JARO_WINKLER, DAMERAU_LEVENSHTEIN, JACCARD, OVERLAP }

    public TextComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(metric, "metric");
        thresholds = List.copyOf(thresholds);
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
            });
        }
        labels.add("exact");
        return labels;
    }

    @Override
    public Prepared prepare(Records records) {
        int index = records.requireColumn(column);
        String[] keys = new String[records.size()];
        boolean words = metric == Metric.JACCARD || metric == Metric.OVERLAP;
        String[][] tokens = words ? new String[keys.length][] : null;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Text.clean(records.value(index, i));
            if (tokens != null) {
                tokens[i] = Text.tokens(keys[i]);
            }
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(keys) : null;
        int top = thresholds.size() + 1;
        int bound = metric == Metric.DAMERAU_LEVENSHTEIN ? thresholds.get(thresholds.size() - 1).intValue() : 0;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                String a = keys[left];
                String b = keys[right];
                if (a.isEmpty() || b.isEmpty()) {
                    return MISSING;
                }
                if (a.equals(b)) {
                    return top;
                }
                double score = switch (metric) {
                    case JARO_WINKLER -> JaroWinkler.similarity(a, b);
                    case DAMERAU_LEVENSHTEIN -> DamerauLevenshtein.distance(a, b, bound);
                    case JACCARD -> Text.jaccard(tokens[left], tokens[right]);
                    case OVERLAP -> Text.overlap(tokens[left], tokens[right]);
                };
                for (int i = 0; i < thresholds.size(); i++) {
                    double t = thresholds.get(i);
                    if (metric == Metric.DAMERAU_LEVENSHTEIN ? score <= t : score >= t) {
                        return top - 1 - i;
                    }
                }
                return 0;
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
}
