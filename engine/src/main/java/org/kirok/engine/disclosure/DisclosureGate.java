package org.kirok.engine.disclosure;

/**
 * Cell suppression for published counts, so that no published figure lets anyone single out a few people.
 *
 * <p>Primary suppression hides every count from 1 to {@code threshold − 1} (the CMS and Eurostat "small cell" rule;
 * zeros are published). Complementary suppression then treats the table with its margins as a system of linear
 * constraints — every row and every column of the table extended by its totals sums to its total — and hides more
 * cells until, in every such line that hides anything, at least two entries are hidden and the hidden entries
 * together sum to at least the threshold. A lone hidden entry could be recovered by subtraction; two hidden entries
 * that sum to less than the threshold would each be bounded by a small number. Complements are chosen among the
 * smallest non-zero published entries, preferring those that also serve a crossing line (the classic heuristic of
 * Cox, "Suppression methodology and statistical disclosure control", JASA 75, 1980; Hundepool et al.,
 * <i>Statistical Disclosure Control</i>, Wiley 2012, ch. 4).
 *
 * <p>Immutable, thread-safe.
 */
public final class DisclosureGate {
    public static final int DEFAULT_THRESHOLD = 11;

    private final int threshold;

    public DisclosureGate(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("the disclosure threshold must be at least 2, got " + threshold);
        }
        this.threshold = threshold;
    }

    public static DisclosureGate standard() {
        return new DisclosureGate(DEFAULT_THRESHOLD);
    }

    public int threshold() {
        return threshold;
    }

    /** Protects a one-way table: the counts and their total. */
    public ProtectedTable protect(long[] counts) {
        return protect(new long[][] {counts});
    }

    /** Protects a two-way table with its row totals, column totals and grand total. */
    public ProtectedTable protect(long[][] cells) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        long[][] extended = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + cells[r].length + " cells, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (cells[r][c] < 0) {
                    throw new IllegalArgumentException("negative count " + cells[r][c] + " at row " + r + ", column " + c);
                }
                extended[r][c] = cells[r][c];
                extended[r][columns] += cells[r][c];
                extended[rows][c] += cells[r][c];
                extended[rows][columns] += cells[r][c];
            }
        }
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = extended[r][c] > 0 && extended[r][c] < threshold;
            }
        }
        new Complements(extended, hidden, threshold, rows == 1).run();
        if (rows == 1) {
            hidden[1] = hidden[0].clone(); // a one-way table's totals row repeats its only row
        }
        return new ProtectedTable(extended, hidden);
    }
}
