package org.kirok.engine.disclosure;

/**
 * Adds complementary suppressions until every line of the extended table that hides anything hides at least two
 * entries summing to at least the threshold (see {@link DisclosureGate}). Each step hides one more entry, so the
 * loop ends; in the worst case a whole line is hidden.
 */
final class Complements {
    private final long[][] values;
    private final boolean[][] hidden;
    private final int threshold;
    private final int rows;
    private final int columns;
    private final boolean oneWay;

    Complements(long[][] values, boolean[][] hidden, int threshold, boolean oneWay) {
        this.values = values;
        this.hidden = hidden;
        this.threshold = threshold;
        this.rows = values.length;
        this.columns = rows == 0 ? 0 : values[0].length;
        this.oneWay = oneWay;
    }

    void run() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                if (oneWay && r == rows - 1) {
                    continue; // a one-way table's "totals row" repeats the only row
                }
                changed |= protectLine(r, true);
            }
            for (int c = 0; c < columns; c++) {
                if (!oneWay) {
                    changed |= protectLine(c, false);
                }
            }
        }
    }

    /** Hides one more entry of the line if it needs it; returns whether it did. */
    private boolean protectLine(int index, boolean row) {
        int length = row ? columns : rows;
        int count = 0;
        long sum = 0;
        for (int i = 0; i < length; i++) {
            if (isHidden(index, i, row)) {
                count++;
                sum += value(index, i, row);
            }
        }
        if (count == 0 || (count >= 2 && sum >= threshold)) {
            return false;
        }
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int i = 0; i < length; i++) {
            if (isHidden(index, i, row)) {
                continue;
            }
            long value = value(index, i, row);
            // prefer non-zero entries (a hidden zero protects nothing), then ones that also help the crossing line,
            // then small ones (less information lost); never the line's own total while cells remain
            long score = (value == 0 ? 1L << 50 : 0) + (i == length - 1 ? 1L << 40 : 0)
                    - (crossingNeedsHelp(index, i, row) ? 1L << 30 : 0) + value;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            return false; // the whole line is hidden already
        }
        hide(index, best, row);
        return true;
    }

    private boolean crossingNeedsHelp(int index, int i, boolean row) {
        int length = row ? rows : columns;
        int count = 0;
        for (int j = 0; j < length; j++) {
            if (isHidden(i, j, !row)) {
                count++;
            }
        }
        return count == 1;
    }

    private boolean isHidden(int line, int i, boolean row) {
        return row ? hidden[line][i] : hidden[i][line];
    }

    private long value(int line, int i, boolean row) {
        return row ? values[line][i] : values[i][line];
    }

    private void hide(int line, int i, boolean row) {
        if (row) {
            hidden[line][i] = true;
        } else {
            hidden[i][line] = true;
        }
    }
}
