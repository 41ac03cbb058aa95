package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closeness of two years (of birth, usually): exact, then within each tolerance, nearest first —
 * witnesses give ages ("about 50"), so ±1–2 years is common for the same person.
 */
public record YearComparison(String name, String column, List<Integer> tolerances, boolean termFrequencies)
        implements Comparison {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

    public YearComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
        tolerances = List.copyOf(tolerances);
        for (int i = 0; i < tolerances.size(); i++) {
            if (tolerances.get(i) < 1 || (i > 0 && tolerances.get(i) <= tolerances.get(i - 1))) {
                throw new IllegalArgumentException("comparison '" + name + "': tolerances must be increasing whole years ≥ 1: "
                        + tolerances);
            }
        }
    }

    /** The first plausible four-digit year in the text (1000–2099). */
    public static OptionalInt parseYear(String text) {
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<String> levelLabels() {
        List<String> labels = new ArrayList<>();
        labels.add("different");
        for (int i = tolerances.size() - 1; i >= 0; i--) {
            labels.add("within " + tolerances.get(i) + (tolerances.get(i) == 1 ? " year" : " years"));
        }
        labels.add("exact");
        return labels;
    }

    @Override
    public Prepared prepare(Records records) {
        int index = records.requireColumn(column);
        int[] years = new int[records.size()];
        String[] keys = new String[years.length];
        for (int i = 0; i < years.length; i++) {
            years[i] = parseYear(records.value(index, i)).orElse(Integer.MIN_VALUE);
            keys[i] = years[i] == Integer.MIN_VALUE ? "" : Integer.toString(years[i]);
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(keys) : null;
        int top = tolerances.size() + 1;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                if (years[left] == Integer.MIN_VALUE || years[right] == Integer.MIN_VALUE) {
                    return MISSING;
                }
                int difference = Math.abs(years[left] - years[right]);
                if (difference == 0) {
                    return top;
                }
                for (int i = 0; i < tolerances.size(); i++) {
                    if (difference <= tolerances.get(i)) {
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
