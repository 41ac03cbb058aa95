package org.kirok.engine.linkage;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Closeness of two dates (of birth): exact; one typed digit or a swapped day and month; two
 * edits; within a year; within ten years; different. Dates are read as yyyy-mm-dd, yyyymmdd or
 * yyyy/mm/dd; an impossible date still takes part through its digits.
 */
public record DateComparison(String name, String column, boolean termFrequencies) implements Comparison {
    public DateComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<String> levelLabels() {
        return List.of("different", "within 10 years", "within a year", "2 edits", "1 edit or day/month swapped", "exact");
    }

    /** The eight digits yyyymmdd of a date, "" when the text has no such date. */
    static String digits(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() == 8 ? digits : "";
    }

    /** Days since the epoch, or Long.MIN_VALUE for an impossible date. */
    static long epochDay(String digits) {
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8))).toEpochDay();
        } catch (DateTimeException | NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    @Override
    public Prepared prepare(Records records) {
        int index = records.requireColumn(column);
        String[] keys = new String[records.size()];
        long[] days = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = digits(records.value(index, i));
            days[i] = keys[i].isEmpty() ? Long.MIN_VALUE : epochDay(keys[i]);
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(keys) : null;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                String a = keys[left];
                String b = keys[right];
                if (a.isEmpty() || b.isEmpty()) {
                    return MISSING;
                }
                if (a.equals(b)) {
                    return 5;
                }
                int edits = DamerauLevenshtein.distance(a, b, 2);
                boolean swappedDayMonth = a.substring(0, 4).equals(b.substring(0, 4))
                        && a.substring(4, 6).equals(b.substring(6, 8)) && a.substring(6, 8).equals(b.substring(4, 6));
                if (edits <= 1 || swappedDayMonth) {
                    return 4;
                }
                if (edits == 2) {
                    return 3;
                }
                long difference = days[left] == Long.MIN_VALUE || days[right] == Long.MIN_VALUE
                        ? 366L * Math.abs(Integer.parseInt(a.substring(0, 4)) - Integer.parseInt(b.substring(0, 4)))
                        : Math.abs(days[left] - days[right]);
                if (difference <= 366) {
                    return 2;
                }
                return difference <= 3653 ? 1 : 0;
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
