package org.kirok.upr;

import java.util.Locale;

/**
 * How well our action-category classifier agrees with UPR Info's own coding: the 5 × 5 confusion table (rows UPR
 * Info's category, columns ours), the share of agreement, and Cohen's kappa (agreement beyond chance: J. Cohen,
 * "A coefficient of agreement for nominal scales", Educational and Psychological Measurement 20, 1960).
 * Not thread-safe: one per measurement.
 */
final class ClassifierAgreement {
    private final long[][] table = new long[5][5];

    void add(int theirs, int ours) {
        table[theirs - 1][ours - 1]++;
    }

    long total() {
        long total = 0;
        for (long[] row : table) {
            for (long cell : row) {
                total += cell;
            }
        }
        return total;
    }

    double agreement() {
        long agree = 0;
        for (int i = 0; i < 5; i++) {
            agree += table[i][i];
        }
        return total() == 0 ? 0 : (double) agree / total();
    }

    double kappa() {
        double n = total();
        if (n == 0) {
            return 0;
        }
        double chance = 0;
        for (int i = 0; i < 5; i++) {
            long row = 0;
            long column = 0;
            for (int j = 0; j < 5; j++) {
                row += table[i][j];
                column += table[j][i];
            }
            chance += (row / n) * (column / n);
        }
        return (agreement() - chance) / (1 - chance);
    }

    String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%,d recommendations: agreement %.1f %%, Cohen's kappa %.3f%n  UPR Info \\ ours      1       2       3       4       5%n",
                total(), 100 * agreement(), kappa()));
        for (int i = 0; i < 5; i++) {
            out.append(String.format(Locale.ROOT, "  %d              ", i + 1));
            for (int j = 0; j < 5; j++) {
                out.append(String.format(Locale.ROOT, "%8d", table[i][j]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
