package org.kirok.engine.linkage;

import java.util.List;

/**
 * One field-by-field comparison of the Fellegi–Sunter model (Fellegi &amp; Sunter, "A theory for
 * record linkage", JASA 64(328), 1969): it sorts each compared pair into one of a few ordered
 * agreement levels, 0 = disagree up to {@code levels() - 1} = exact, or "missing" when a value is
 * absent. Each level has its own m and u probability. A closed set; implementations are records of
 * their settings and are thread-safe.
 */
public sealed interface Comparison
        permits ExactComparison, TextComparison, NameComparison, YearComparison, DateComparison, PlaceComparison {
    /** Returned by {@link Prepared#level} when either value is missing. */
    int MISSING = -1;

    String name();

    /** The input columns this comparison reads (a blocking rule on them biases its m estimate). */
    List<String> columns();

    /** A human label for each level, level 0 first. */
    List<String> levelLabels();

    default int levels() {
        return levelLabels().size();
    }

    /** Whether the exact level's weight is adjusted by how common the value is. */
    boolean termFrequencies();

    /** Precomputes whatever the comparison needs per record (keys, parsed names, numbers). */
    Prepared prepare(Records records);

    /** A comparison ready to compare records by index. Thread-safe. */
    interface Prepared {
        /** The agreement level of two records, or {@link #MISSING}. */
        int level(int left, int right);

        /**
         * How often the record's value occurs among all records (0–1), for term-frequency
         * adjustment of the exact level; NaN when the comparison has none or the value is missing.
         */
        double termFrequency(int record);

        /**
         * For a level below exact, how often a random record would fall at that level against this
         * pair's values (0–1), for the same kind of adjustment as {@link #termFrequency}; NaN when the
         * comparison has no such figure for this pair.
         */
        default double levelFrequency(int left, int right, int level) {
            return Double.NaN;
        }

        /**
         * This comparison after a first clustering, where it can read a record through its entity (a
         * romanized given name through the Hangul its entity's other mentions write); itself by default.
         */
        default Prepared withEntities(int[] entity) {
            return this;
        }

        /** The compared value of a record, as shown in explanations. */
        String shown(int record);
    }
}
