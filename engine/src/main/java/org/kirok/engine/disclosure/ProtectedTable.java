package org.kirok.engine.disclosure;

import java.util.OptionalLong;

/**
 * A table after the disclosure gate: every cell, row total, column total and the grand total is either shown or
 * hidden; a hidden value cannot be read from here at all. Immutable.
 */
public final class ProtectedTable {
    private final long[][] values;
    private final boolean[][] hidden;

    ProtectedTable(long[][] values, boolean[][] hidden) {
        this.values = copy(values);
        this.hidden = copy(hidden);
    }

    public int rows() {
        return values.length - 1;
    }

    public int columns() {
        return values.length == 0 ? 0 : values[0].length - 1;
    }

    public OptionalLong cell(int row, int column) {
        check(row, column);
        return at(row, column);
    }

    public OptionalLong rowTotal(int row) {
        check(row, 0);
        return at(row, columns());
    }

    public OptionalLong columnTotal(int column) {
        check(0, column);
        return at(rows(), column);
    }

    public OptionalLong grandTotal() {
        return at(rows(), columns());
    }

    /** For a one-way table: the i-th count. */
    public OptionalLong count(int i) {
        return cell(0, i);
    }

    public int hiddenCells() {
        int n = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                n += hidden[r][c] ? 1 : 0;
            }
        }
        return n;
    }

    private OptionalLong at(int row, int column) {
        return hidden[row][column] ? OptionalLong.empty() : OptionalLong.of(values[row][column]);
    }

    private void check(int row, int column) {
        if (row < 0 || row >= Math.max(rows(), 1) || column < 0 || column >= Math.max(columns(), 1)) {
            throw new IndexOutOfBoundsException("no cell " + row + "," + column + " in a " + rows() + "x" + columns() + " table");
        }
    }

    private static long[][] copy(long[][] source) {
        long[][] out = new long[source.length][];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[i].clone();
        }
        return out;
    }

    private static boolean[][] copy(boolean[][] source) {
        boolean[][] out = new boolean[source.length][];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[i].clone();
        }
        return out;
    }
}
