package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Searches hierarchical log-linear models for the one an information criterion prefers:
 * all of them for up to five lists, otherwise stepwise — from independence, repeatedly take the
 * single addition (of a term whose sub-terms are present) or removal (of a term no larger term
 * contains) that lowers the criterion most, until none does; from ten lists on, only the moves
 * {@link ScoreScreen} finds most promising are fitted at each step. Models without a maximum likelihood
 * estimate on the table are never ranked. This is the classical approach of Fienberg (1972) and
 * of the UK Home Office analysis (Silverman, "Modern slavery: an application of multiple systems
 * estimation", 2014; Rivest &amp; Baillargeon's Rcapture offers the same criteria).
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelSearch {

    private ModelSearch() {
    }

    /** Ranks the models of {@code table}; exhaustive up to five lists, stepwise beyond. */
    public static ModelRanking search(CaptureTable table, Criterion criterion, ProgressListener progress) {
        return table.listCount() <= HierarchicalModels.MAX_LISTS
                ? exhaustive(table, criterion, progress)
                : stepwise(table, criterion, progress);
    }

    static ModelRanking exhaustive(CaptureTable table, Criterion criterion, ProgressListener progress) {
        List<LogLinearModel> models = HierarchicalModels.all(table.listCount());
        Tally tally = new Tally();
        for (int index = 0; index < models.size(); index++) {
            tally.record(LogLinearFitter.fit(table, models.get(index)));
            progress.progress(index + 1, models.size());
        }
        return tally.ranking(criterion, ModelRanking.Strategy.EXHAUSTIVE);
    }

    static ModelRanking stepwise(CaptureTable table, Criterion criterion, ProgressListener progress) {
        Tally tally = new Tally();
        ModelOutcome start = LogLinearFitter.fit(table, LogLinearModel.independence(table.listCount()));
        tally.record(start);
        if (!(start instanceof ModelOutcome.Fitted current)) {
            return tally.ranking(criterion, ModelRanking.Strategy.STEPWISE);
        }
        long steps = 0;
        while (true) {
            ModelOutcome.Fitted here = current;
            Optional<ModelOutcome.Fitted> best = Optional.empty();
            for (LogLinearModel neighbour : movesToFit(table, here)) {
                ModelOutcome outcome = tally.outcome(neighbour).orElseGet(() ->
                        LogLinearFitter.fit(table, neighbour, Optional.of(here.poisson().fitted())));
                tally.record(outcome);
                if (outcome instanceof ModelOutcome.Fitted fitted && (best.isEmpty()
                        || criterion.of(fitted.candidate().fit()) < criterion.of(best.get().candidate().fit()))) {
                    best = Optional.of(fitted);
                }
            }
            progress.progress(++steps, 0);
            if (best.isEmpty() || !(criterion.of(best.get().candidate().fit()) < criterion.of(here.candidate().fit()))) {
                return tally.ranking(criterion, ModelRanking.Strategy.STEPWISE);
            }
            current = best.get();
        }
    }

    /** Every neighbour on small tables; on large ones only those the score screen finds promising. */
    private static List<LogLinearModel> movesToFit(CaptureTable table, ModelOutcome.Fitted here) {
        LogLinearModel model = here.candidate().model();
        if (table.listCount() >= ScoreScreen.SCREEN_FROM_LISTS) {
            Optional<ScoreScreen> screen = ScoreScreen.at(table, model, here.poisson());
            if (screen.isPresent()) {
                return screen.get().promising(additions(model), model.maximalInteractions());
            }
        }
        return neighbours(model);
    }

    /** Models one term away that stay hierarchical. */
    static List<LogLinearModel> neighbours(LogLinearModel model) {
        List<LogLinearModel> neighbours = new ArrayList<>();
        additions(model).forEach(term -> neighbours.add(model.with(term)));
        model.maximalInteractions().forEach(term -> neighbours.add(model.without(term)));
        return neighbours;
    }

    /** Interactions whose sub-terms are all in the model but which are not. */
    static List<Integer> additions(LogLinearModel model) {
        int full = (1 << model.listCount()) - 1;
        boolean[] included = new boolean[full + 1];
        for (int term : model.terms()) {
            included[term] = true;
        }
        List<Integer> additions = new ArrayList<>();
        for (int term = 1; term < full; term++) {
            if (!included[term] && Integer.bitCount(term) >= 2 && HierarchicalModels.subTermsPresent(term, included)) {
                additions.add(term);
            }
        }
        return additions;
    }

    /** Every model tried so far, once each, with what fitting it gave. */
    private static final class Tally {
        private final Map<LogLinearModel, ModelOutcome> outcomes = new LinkedHashMap<>();

        void record(ModelOutcome outcome) {
            LogLinearModel model = switch (outcome) {
                case ModelOutcome.Fitted fit -> fit.candidate().model();
                case ModelOutcome.Unestimable skipped -> skipped.model();
            };
            outcomes.putIfAbsent(model, outcome);
        }

        Optional<ModelOutcome> outcome(LogLinearModel model) {
            return Optional.ofNullable(outcomes.get(model));
        }

        ModelRanking ranking(Criterion criterion, ModelRanking.Strategy strategy) {
            Set<String> reasons = new LinkedHashSet<>();
            int unestimable = 0;
            for (ModelOutcome outcome : outcomes.values()) {
                if (outcome instanceof ModelOutcome.Unestimable skipped) {
                    unestimable++;
                    reasons.add(skipped.reason());
                }
            }
            List<CandidateModel> ranked = outcomes.values().stream()
                    .filter(ModelOutcome.Fitted.class::isInstance).map(ModelOutcome.Fitted.class::cast)
                    .map(ModelOutcome.Fitted::candidate)
                    .sorted(Comparator.comparingDouble((CandidateModel candidate) -> criterion.of(candidate.fit()))
                            .thenComparingInt(candidate -> candidate.model().parameterCount()))
                    .toList();
            return new ModelRanking(criterion, strategy, ranked, unestimable, List.copyOf(reasons));
        }
    }
}
