package org.kirok.engine.estimate;

import java.util.Arrays;

/**
 * The design matrix of a log-linear model over capture patterns, stored sparsely: for each cell,
 * the columns equal to 1. Column 0 is the intercept; column j + 1 is term j of the model, which is
 * 1 exactly in the cells whose pattern contains every list of the term.
 *
 * <p>Immutable after construction.
 */
final class Design {

    private final int parameterCount;
    private final int[] patterns;
    private final int[][] activeColumns;

    private Design(int parameterCount, int[] patterns, int[][] activeColumns) {
        this.parameterCount = parameterCount;
        this.patterns = patterns;
        this.activeColumns = activeColumns;
    }

    /** Rows for patterns 1 .. 2^k − 1: the cells a capture table observes. */
    static Design observedCells(LogLinearModel model) {
        return forPatterns(model, 1);
    }

    /** Rows for patterns 0 .. 2^k − 1: the complete table, used by the multinomial profile likelihood. */
    static Design completeTable(LogLinearModel model) {
        return forPatterns(model, 0);
    }

    private static Design forPatterns(LogLinearModel model, int firstPattern) {
        int cellCount = (1 << model.listCount()) - firstPattern;
        int[] patterns = new int[cellCount];
        int[][] active = new int[cellCount][];
        int[] columns = new int[model.parameterCount()];
        for (int cell = 0; cell < cellCount; cell++) {
            int pattern = cell + firstPattern;
            patterns[cell] = pattern;
            int found = 0;
            columns[found++] = 0;
            for (int index = 0; index < model.termCount(); index++) {
                int term = model.term(index);
                if ((pattern & term) == term) {
                    columns[found++] = index + 1;
                }
            }
            active[cell] = Arrays.copyOf(columns, found);
        }
        return new Design(model.parameterCount(), patterns, active);
    }

    int parameterCount() {
        return parameterCount;
    }

    int cellCount() {
        return patterns.length;
    }

    int pattern(int cell) {
        return patterns[cell];
    }

    /** Columns equal to 1 in this cell's row, ascending. Callers must not modify the array. */
    int[] activeColumns(int cell) {
        return activeColumns[cell];
    }

    double linearPredictor(int cell, double[] coefficients) {
        double sum = 0;
        for (int column : activeColumns[cell]) {
            sum += coefficients[column];
        }
        return sum;
    }

    /** The row as a dense 0/1 vector. */
    double[] row(int cell) {
        double[] row = new double[parameterCount];
        for (int column : activeColumns[cell]) {
            row[column] = 1;
        }
        return row;
    }
}
