package org.kirok.engine.stats;

import java.util.Optional;

/**
 * The Cholesky factorization A = L Lᵀ of a symmetric positive definite matrix, used to solve
 * the normal equations of iteratively reweighted least squares (Golub &amp; Van Loan,
 * <i>Matrix Computations</i>, 4th ed., 2013, §4.2).
 *
 * <p>Immutable and thread-safe.
 */
public final class Cholesky {

    /** A pivot this small relative to the largest diagonal entry means the matrix is singular. */
    private static final double RELATIVE_PIVOT_TOLERANCE = 1e-13;

    private final int size;
    private final double[] lower;

    private Cholesky(int size, double[] lower) {
        this.size = size;
        this.lower = lower;
    }

    /**
     * Factorizes the row-major {@code size × size} symmetric matrix, or returns empty when it is
     * not numerically positive definite.
     */
    public static Optional<Cholesky> decompose(double[] symmetric, int size) {
        if (size < 1 || symmetric.length != size * size) {
            throw new IllegalArgumentException(
                    "expected a " + size + " × " + size + " matrix, got " + symmetric.length + " entries");
        }
        double largestDiagonal = 0;
        for (int i = 0; i < size; i++) {
            largestDiagonal = Math.max(largestDiagonal, Math.abs(symmetric[i * size + i]));
        }
        double tolerance = largestDiagonal * RELATIVE_PIVOT_TOLERANCE;
        double[] lower = new double[size * size];
        for (int j = 0; j < size; j++) {
            double diagonal = symmetric[j * size + j];
            for (int k = 0; k < j; k++) {
                diagonal -= lower[j * size + k] * lower[j * size + k];
            }
            if (!(diagonal > tolerance)) {
                return Optional.empty();
            }
            double pivot = Math.sqrt(diagonal);
            lower[j * size + j] = pivot;
            for (int i = j + 1; i < size; i++) {
                double sum = symmetric[i * size + j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i * size + k] * lower[j * size + k];
                }
                lower[i * size + j] = sum / pivot;
            }
        }
        return Optional.of(new Cholesky(size, lower));
    }

    /** The x with A x = b. */
    public double[] solve(double[] b) {
        if (b.length != size) {
            throw new IllegalArgumentException("right-hand side has " + b.length + " entries, expected " + size);
        }
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i * size + k] * y[k];
            }
            y[i] = sum / lower[i * size + i];
        }
        double[] x = new double[size];
        for (int i = size - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < size; k++) {
                sum -= lower[k * size + i] * x[k];
            }
            x[i] = sum / lower[i * size + i];
        }
        return x;
    }

    /** Entry (i, i) of A⁻¹: the variance of coefficient i when A is a Fisher information. */
    public double inverseDiagonal(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " outside 0.." + (size - 1));
        }
        double[] unit = new double[size];
        unit[index] = 1;
        return solve(unit)[index];
    }
}
