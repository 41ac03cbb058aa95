package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a log-linear model has a maximum likelihood estimate on a capture table, before
 * fitting, so that a diverging fit is never reported as a number.
 *
 * <p>The MLE exists exactly when no direction c in parameter space leaves the likelihood
 * non-decreasing forever, i.e. no c with X₊ c = 0 on the positive cells and X₀ c ≥ 0, X₀ c ≠ 0
 * on the zero cells (Haberman, <i>The Analysis of Frequency Data</i>, 1974; Fienberg &amp;
 * Rinaldo, "Maximum likelihood estimation in log-linear models", Annals of Statistics 40(2),
 * 2012). First the common cause is checked: a term whose margin is zero. Then c is restricted to
 * the null space of X₊ (spanned by N, computed from X₊ᵀX₊), and by Stiemke's lemma such a c is absent exactly when
 * some λ &gt; 0 solves (X₀N)ᵀλ = 0 — a small linear feasibility problem.
 */
final class MleExistence {

    private static final double TOLERANCE = 1e-9;

    private MleExistence() {
    }

    static Optional<NonExistentMle> check(CaptureTable table, LogLinearModel model) {
        List<Integer> zeroMargins = new ArrayList<>();
        for (int term : model.terms()) {
            if (table.overlap(term) == 0) {
                zeroMargins.add(term);
            }
        }
        if (!zeroMargins.isEmpty()) {
            return Optional.of(new NonExistentMle(zeroMargins, true));
        }
        Design design = Design.observedCells(model);
        List<double[]> nullBasis = NullSpace.basis(positiveGram(table, design), design.parameterCount());
        if (nullBasis.isEmpty()) {
            return Optional.empty();
        }
        List<double[]> zeroRows = new ArrayList<>();
        for (int cell = 0; cell < design.cellCount(); cell++) {
            if (table.count(design.pattern(cell)) == 0) {
                zeroRows.add(design.row(cell));
            }
        }
        List<double[]> projected = project(zeroRows, nullBasis);
        if (!projected.isEmpty() && stiemkeSolutionExists(projected, nullBasis.size())) {
            return Optional.empty();
        }
        return Optional.of(new NonExistentMle(termsIn(nullBasis, model), false));
    }

    /**
     * X₊ᵀX₊, whose null space is that of X₊ but whose size is p × p whatever the number of cells;
     * its entries are whole numbers (cells shared by two terms), so elimination on it stays exact.
     */
    private static List<double[]> positiveGram(CaptureTable table, Design design) {
        int size = design.parameterCount();
        double[][] gram = new double[size][size];
        for (int cell = 0; cell < design.cellCount(); cell++) {
            if (table.count(design.pattern(cell)) > 0) {
                int[] active = design.activeColumns(cell);
                for (int i : active) {
                    for (int j : active) {
                        gram[i][j]++;
                    }
                }
            }
        }
        return List.of(gram);
    }

    /** Rows of X₀N that are not zero. */
    private static List<double[]> project(List<double[]> zeroRows, List<double[]> nullBasis) {
        List<double[]> projected = new ArrayList<>();
        for (double[] row : zeroRows) {
            double[] image = new double[nullBasis.size()];
            boolean nonZero = false;
            for (int direction = 0; direction < nullBasis.size(); direction++) {
                double[] basisVector = nullBasis.get(direction);
                double dot = 0;
                for (int k = 0; k < row.length; k++) {
                    dot += row[k] * basisVector[k];
                }
                image[direction] = Math.abs(dot) > TOLERANCE ? dot : 0;
                nonZero |= image[direction] != 0;
            }
            if (nonZero) {
                projected.add(image);
            }
        }
        return projected;
    }

    /** Is there λ ≥ 1 (hence &gt; 0) with Mᵀλ = 0? Substituting λ = 1 + ν: Mᵀν = −Mᵀ1, ν ≥ 0. */
    private static boolean stiemkeSolutionExists(List<double[]> m, int dimension) {
        double[][] a = new double[dimension][m.size()];
        double[] b = new double[dimension];
        for (int row = 0; row < m.size(); row++) {
            for (int direction = 0; direction < dimension; direction++) {
                a[direction][row] = m.get(row)[direction];
                b[direction] -= m.get(row)[direction];
            }
        }
        return FeasibilitySimplex.feasible(a, b);
    }

    private static List<Integer> termsIn(List<double[]> nullBasis, LogLinearModel model) {
        List<Integer> terms = new ArrayList<>();
        for (int index = 0; index < model.termCount(); index++) {
            int column = index + 1;
            if (nullBasis.stream().anyMatch(vector -> Math.abs(vector[column]) > TOLERANCE)) {
                terms.add(model.term(index));
            }
        }
        if (terms.isEmpty()) {
            // only the intercept is free: every term is implicated
            for (int index = 0; index < model.termCount(); index++) {
                terms.add(model.term(index));
            }
        }
        return terms;
    }
}
