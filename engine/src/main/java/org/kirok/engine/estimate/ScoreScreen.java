package org.kirok.engine.estimate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kirok.engine.stats.Cholesky;

/**
 * Chooses which moves a stepwise search fits when the table is too large to fit every neighbour
 * (from {@value #SCREEN_FROM_LISTS} lists, 1,023 cells and more): the additions with the largest
 * efficient score statistic at the current fit (Rao, "Large sample tests of statistical
 * hypotheses concerning several parameters", Proc. Cambridge Phil. Soc. 44, 1948) and the removals
 * with the smallest Wald statistic. Both cost one pass over the cells, against a full fit per move.
 */
final class ScoreScreen {

    static final int SCREEN_FROM_LISTS = 10;
    static final int KEPT_PER_KIND = 5;

    private final CaptureTable table;
    private final LogLinearModel model;
    private final PoissonFit fit;
    private final Design design;
    private final Cholesky information;

    private ScoreScreen(CaptureTable table, LogLinearModel model, PoissonFit fit, Design design, Cholesky information) {
        this.table = table;
        this.model = model;
        this.fit = fit;
        this.design = design;
        this.information = information;
    }

    /** The screen at a fitted model, or empty when its information matrix is singular (then fit everything). */
    static Optional<ScoreScreen> at(CaptureTable table, LogLinearModel model, PoissonFit fit) {
        Design design = Design.observedCells(model);
        int size = design.parameterCount();
        double[] matrix = new double[size * size];
        for (int cell = 0; cell < design.cellCount(); cell++) {
            double mean = fit.fitted()[cell];
            for (int i : design.activeColumns(cell)) {
                for (int j : design.activeColumns(cell)) {
                    matrix[i * size + j] += mean;
                }
            }
        }
        return Cholesky.decompose(matrix, size).map(factor -> new ScoreScreen(table, model, fit, design, factor));
    }

    /** The most promising additions and removals, as models to fit. */
    List<LogLinearModel> promising(List<Integer> additions, List<Integer> removals) {
        Stream<LogLinearModel> added = additions.stream()
                .sorted(Comparator.comparingDouble(this::scoreStatistic).reversed()).limit(KEPT_PER_KIND).map(model::with);
        Stream<LogLinearModel> removed = removals.stream()
                .sorted(Comparator.comparingDouble(this::waldStatistic)).limit(KEPT_PER_KIND).map(model::without);
        return Stream.concat(added, removed).toList();
    }

    /** U² / (I_TT − vᵀ I⁻¹ v) for a term T not in the model; cells containing T are the supersets of its pattern. */
    double scoreStatistic(int term) {
        int size = model.parameterCount();
        double score = 0;
        double ownInformation = 0;
        double[] cross = new double[size];
        int complement = table.observableCells() & ~term;
        for (int rest = complement; ; rest = (rest - 1) & complement) {
            int pattern = term | rest;
            int cell = pattern - 1;
            double mean = fit.fitted()[cell];
            score += table.count(pattern) - mean;
            ownInformation += mean;
            for (int column : design.activeColumns(cell)) {
                cross[column] += mean;
            }
            if (rest == 0) {
                break;
            }
        }
        double[] solved = information.solve(cross);
        double efficient = ownInformation;
        for (int column = 0; column < size; column++) {
            efficient -= cross[column] * solved[column];
        }
        return efficient > 1e-12 * ownInformation ? score * score / efficient : 0;
    }

    /** β_T² / Var(β_T) for a term in the model. */
    double waldStatistic(int term) {
        int column = 1 + indexOf(term);
        double coefficient = fit.coefficients()[column];
        return coefficient * coefficient / information.inverseDiagonal(column);
    }

    private int indexOf(int term) {
        for (int index = 0; index < model.termCount(); index++) {
            if (model.term(index) == term) {
                return index;
            }
        }
        throw new IllegalArgumentException("term " + term + " is not in the model " + model);
    }
}
