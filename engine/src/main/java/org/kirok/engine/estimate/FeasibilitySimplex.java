package org.kirok.engine.estimate;

/**
 * Decides whether {x ≥ 0 : A x = b} is empty, by phase one of the simplex method with Bland's
 * anti-cycling rule (Dantzig 1963; Bland, "New finite pivoting rules for the simplex method",
 * Mathematics of Operations Research 2(2), 1977). Dense tableau: meant for few rows.
 */
final class FeasibilitySimplex {

    private static final double PIVOT_TOLERANCE = 1e-10;
    private static final double FEASIBILITY_TOLERANCE = 1e-8;

    private FeasibilitySimplex() {
    }

    /** True when some x ≥ 0 satisfies A x = b; A is {@code rows × columns}, row-major arrays. */
    static boolean feasible(double[][] a, double[] b) {
        int rows = a.length;
        if (rows == 0) {
            return true;
        }
        int columns = a[0].length;
        int width = columns + rows + 1;
        double[][] tableau = new double[rows][width];
        int[] basic = new int[rows];
        double scale = 1;
        for (int row = 0; row < rows; row++) {
            double sign = b[row] < 0 ? -1 : 1;
            for (int column = 0; column < columns; column++) {
                tableau[row][column] = sign * a[row][column];
            }
            tableau[row][columns + row] = 1;
            tableau[row][width - 1] = sign * b[row];
            basic[row] = columns + row;
            scale += Math.abs(b[row]);
        }
        // reduced costs of minimizing the sum of the artificial variables
        double[] cost = new double[width];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < width; column++) {
                if (column < columns || column == width - 1) {
                    cost[column] -= tableau[row][column];
                }
            }
        }
        while (true) {
            int entering = -1;
            for (int column = 0; column < width - 1; column++) {
                if (cost[column] < -PIVOT_TOLERANCE) {
                    entering = column;
                    break;
                }
            }
            if (entering < 0) {
                break;
            }
            int leaving = -1;
            double bestRatio = Double.POSITIVE_INFINITY;
            for (int row = 0; row < rows; row++) {
                double coefficient = tableau[row][entering];
                if (coefficient <= PIVOT_TOLERANCE) {
                    continue;
                }
                double ratio = tableau[row][width - 1] / coefficient;
                boolean tie = leaving >= 0 && Math.abs(ratio - bestRatio) <= 1e-12;
                // Bland: among tied rows, the one whose basic variable has the lowest index leaves
                if (tie ? basic[row] < basic[leaving] : ratio < bestRatio) {
                    bestRatio = ratio;
                    leaving = row;
                }
            }
            if (leaving < 0) {
                break; // unbounded direction cannot occur in phase one; the objective is bounded below by 0
            }
            pivot(tableau, cost, leaving, entering);
            basic[leaving] = entering;
        }
        return -cost[width - 1] <= FEASIBILITY_TOLERANCE * scale;
    }

    private static void pivot(double[][] tableau, double[] cost, int pivotRow, int pivotColumn) {
        double[] row = tableau[pivotRow];
        double pivot = row[pivotColumn];
        for (int column = 0; column < row.length; column++) {
            row[column] /= pivot;
        }
        for (int other = 0; other < tableau.length; other++) {
            double factor = tableau[other][pivotColumn];
            if (other != pivotRow && factor != 0) {
                for (int column = 0; column < row.length; column++) {
                    tableau[other][column] -= factor * row[column];
                }
            }
        }
        double factor = cost[pivotColumn];
        if (factor != 0) {
            for (int column = 0; column < row.length; column++) {
                cost[column] -= factor * row[column];
            }
        }
    }
}
