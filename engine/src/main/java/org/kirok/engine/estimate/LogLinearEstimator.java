package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kirok.engine.stats.NormalQuantile;

/**
 * Log-linear multiple systems estimation for 2–15 lists (Fienberg 1972; Cormack 1989; Rivest &amp;
 * Lévesque 2001, as implemented in Rcapture): fit the chosen model — or search for one — as a
 * Poisson GLM on the observed cells, read off the unobserved cell, and give the multinomial
 * profile-likelihood interval (quoted) and the Wald interval.
 */
public record LogLinearEstimator(ModelChoice choice, double level) implements Estimator {

    /** Below this p-value the chosen model's deviance says it does not fit the table. */
    static final double POOR_FIT_P_VALUE = 0.05;
    /** Estimates this many times the observed count rest mostly on the model, not the data. */
    static final double EXTRAPOLATION_RATIO = 10;

    public LogLinearEstimator {
        if (choice == null) {
            throw new IllegalArgumentException("a log-linear estimator needs a model choice");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + level);
        }
    }

    public static LogLinearEstimator fixed(LogLinearModel model) {
        return new LogLinearEstimator(new ModelChoice.Fixed(model), 0.95);
    }

    public static LogLinearEstimator search(Criterion criterion) {
        return new LogLinearEstimator(new ModelChoice.Search(criterion), 0.95);
    }

    @Override
    public Method method() {
        return Method.LOGLINEAR;
    }

    @Override
    public Estimate estimate(CaptureTable table, ProgressListener progress) {
        return switch (choice) {
            case ModelChoice.Fixed fixed -> withModel(table, LogLinearFitter.fit(table, fixed.model()), Optional.empty());
            case ModelChoice.Search search -> searched(table, ModelSearch.search(table, search.criterion(), progress));
        };
    }

    private Estimate searched(CaptureTable table, ModelRanking ranking) {
        List<String> notes = new ArrayList<>();
        if (ranking.unestimable() > 0) {
            int examined = ranking.unestimable() + ranking.ranked().size();
            String example = ranking.unestimableReasons().getFirst().replaceFirst("^no maximum likelihood estimate: ", "");
            notes.add(ranking.ranked().isEmpty()
                    ? "none of the " + examined + " hierarchical models examined has a maximum likelihood estimate on this"
                            + " table, so there is no estimate; for example, " + example
                    : ranking.unestimable() + " of the " + examined + " models examined have no maximum likelihood"
                            + " estimate on this table and were not ranked; for example, " + example);
        }
        if (ranking.ranked().isEmpty()) {
            return new Estimate(Method.LOGLINEAR, table.lists(), table.observed(), OptionalDouble.empty(),
                    OptionalDouble.empty(), List.of(), Optional.empty(), "none (search by " + ranking.criterion() + ")",
                    notes, Caveats.of(Method.LOGLINEAR), new EstimateDetails.LogLinear(List.of(), Optional.of(ranking),
                    OptionalDouble.empty()));
        }
        LogLinearModel best = ranking.ranked().getFirst().model();
        return withModel(table, LogLinearFitter.fit(table, best), Optional.of(ranking)).withWarnings(notes);
    }

    private Estimate withModel(CaptureTable table, ModelOutcome outcome, Optional<ModelRanking> ranking) {
        return switch (outcome) {
            case ModelOutcome.Unestimable unestimable -> new Estimate(Method.LOGLINEAR, table.lists(), table.observed(),
                    OptionalDouble.empty(), OptionalDouble.empty(), List.of(), Optional.empty(),
                    unestimable.model().describe(table.lists()), List.of(unestimable.reason()),
                    Caveats.of(Method.LOGLINEAR), new EstimateDetails.LogLinear(List.of(), ranking, OptionalDouble.empty()));
            case ModelOutcome.Fitted fitted -> fromFit(table, fitted.candidate(), ranking);
        };
    }

    private Estimate fromFit(CaptureTable table, CandidateModel candidate, Optional<ModelRanking> ranking) {
        List<String> warnings = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        Optional<ProfileLikelihood.Result> profile = ProfileLikelihood.interval(table, candidate.model(),
                candidate.estimate(), level);
        profile.ifPresentOrElse(result -> {
            intervals.add(result.interval());
            if (!result.interval().bounded()) {
                warnings.add("the profile likelihood does not fall far enough on the high side: the data set no"
                        + " upper bound on the population at the " + Interval.percent(level) + " level");
            }
        }, () -> warnings.add("the profile-likelihood interval could not be computed; the Wald interval is quoted"));
        double z = NormalQuantile.twoSided(level);
        double observed = table.observed();
        double halfWidth = z * candidate.standardError();
        intervals.add(new Interval(Interval.Kind.WALD, level, Math.max(observed, candidate.estimate() - halfWidth),
                Math.max(observed, candidate.estimate() + halfWidth)));
        GoodnessOfFit fit = candidate.fit();
        if (fit.degreesOfFreedom() == 0) {
            warnings.add("the model is saturated (0 degrees of freedom): its fit cannot be checked");
        } else if (fit.pValue() < POOR_FIT_P_VALUE) {
            warnings.add(String.format(Locale.ROOT, "the model fits poorly: deviance %.2f on %d degrees of freedom (p = %.3g)",
                    fit.deviance(), fit.degreesOfFreedom(), fit.pValue()));
        }
        if (candidate.estimate() > EXTRAPOLATION_RATIO * observed) {
            warnings.add(String.format(Locale.ROOT, "the estimate is %.0f times the number observed: it rests mostly on the model's"
                    + " extrapolation, not on the data", candidate.estimate() / observed));
        }
        List<CandidateModel> compared = ranking.map(ModelRanking::ranked).orElse(List.of(candidate));
        OptionalDouble multinomial = profile.map(result -> OptionalDouble.of(result.estimate())).orElse(OptionalDouble.empty());
        return new Estimate(Method.LOGLINEAR, table.lists(), table.observed(), OptionalDouble.of(candidate.estimate()),
                OptionalDouble.of(candidate.standardError()), intervals, Optional.of(fit),
                candidate.model().describe(table.lists()), warnings, Caveats.of(Method.LOGLINEAR),
                new EstimateDetails.LogLinear(compared, ranking, multinomial));
    }
}
