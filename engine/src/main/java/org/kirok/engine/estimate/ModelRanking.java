package org.kirok.engine.estimate;

import java.util.List;

/**
 * The outcome of a model search: the estimable models examined, best first by {@code criterion},
 * and how many models had to be set aside because they have no estimate on the table.
 */
public record ModelRanking(Criterion criterion, Strategy strategy, List<CandidateModel> ranked, int unestimable,
                           List<String> unestimableReasons) {

    /** How the models were found. */
    public enum Strategy {
        /** Every hierarchical model (up to {@value HierarchicalModels#MAX_LISTS} lists). */
        EXHAUSTIVE,
        /** Forward–backward steps from independence, one term at a time. */
        STEPWISE
    }

    public ModelRanking {
        if (criterion == null || strategy == null) {
            throw new IllegalArgumentException("a ranking needs its criterion and search kind");
        }
        ranked = List.copyOf(ranked);
        unestimableReasons = List.copyOf(unestimableReasons);
        if (unestimable < 0) {
            throw new IllegalArgumentException("unestimable count must be >= 0, got " + unestimable);
        }
    }
}
