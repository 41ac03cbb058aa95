package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * A basis of the null space {c : A c = 0} of a dense matrix, from its reduced row echelon form
 * computed by Gauss–Jordan elimination with partial pivoting (Golub &amp; Van Loan 2013, §3.2).
 * Meant for the small 0/1 design matrices of log-linear models.
 */
final class NullSpace {

    private static final double TOLERANCE = 1e-9;

    private NullSpace() {
    }

    /** Basis vectors of length {@code columns}; none when A has full column rank. */
    static List<double[]> basis(List<double[]> rows, int columns) {
        double[][] matrix = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int[] pivotColumnOfRow = new int[Math.min(matrix.length, columns)];
        boolean[] isPivot = new boolean[columns];
        int rank = 0;
        for (int column = 0; column < columns && rank < matrix.length; column++) {
            int best = rank;
            for (int row = rank + 1; row < matrix.length; row++) {
                if (Math.abs(matrix[row][column]) > Math.abs(matrix[best][column])) {
                    best = row;
                }
            }
            if (Math.abs(matrix[best][column]) <= TOLERANCE) {
                continue;
            }
            double[] swap = matrix[best];
            matrix[best] = matrix[rank];
            matrix[rank] = swap;
            double pivot = matrix[rank][column];
            for (int k = 0; k < columns; k++) {
                matrix[rank][k] /= pivot;
            }
            for (int row = 0; row < matrix.length; row++) {
                double factor = matrix[row][column];
                if (row != rank && factor != 0) {
                    for (int k = 0; k < columns; k++) {
                        matrix[row][k] -= factor * matrix[rank][k];
                    }
                }
            }
            pivotColumnOfRow[rank] = column;
            isPivot[column] = true;
            rank++;
        }
        List<double[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            double[] vector = new double[columns];
            vector[free] = 1;
            for (int row = 0; row < rank; row++) {
                vector[pivotColumnOfRow[row]] = -matrix[row][free];
            }
            basis.add(vector);
        }
        return basis;
    }
}
