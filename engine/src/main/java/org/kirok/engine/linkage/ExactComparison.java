package org.kirok.engine.linkage;

import java.util.List;
import java.util.Objects;

/** Agree or disagree on the cleaned value (case, accents and punctuation ignored): sex, postcode, state. */
public record ExactComparison(String name, String column, boolean termFrequencies) implements Comparison {
    public ExactComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<String> levelLabels() {
        return List.of("different", "exact");
    }

    @Override
    public Prepared prepare(Records records) {
        int index = records.requireColumn(column);
        String[] keys = new String[records.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Text.clean(records.value(index, i));
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(keys) : null;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                if (keys[left].isEmpty() || keys[right].isEmpty()) {
                    return MISSING;
                }
                return keys[left].equals(keys[right]) ? 1 : 0;
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
