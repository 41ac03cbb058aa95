package org.kirok.analysis.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kirok.analysis.JobProgress;
import org.kirok.engine.estimate.ChapmanEstimator;
import org.kirok.engine.estimate.Criterion;
import org.kirok.engine.estimate.Estimate;
import org.kirok.engine.estimate.Estimator;
import org.kirok.engine.estimate.LcmcrEstimator;
import org.kirok.engine.estimate.LogLinearEstimator;
import org.kirok.engine.estimate.Method;
import org.kirok.engine.estimate.StratifiedEstimator;

/**
 * Computes every applicable method on a capture table, so the page can compare them: log-linear model search
 * ranked by AIC and by BIC (Rivest &amp; Lévesque's Rcapture approach; exhaustive up to five lists, stepwise
 * beyond), Chapman's estimator when there are exactly two lists, and LCMCR (Manrique-Vallier 2016) with the
 * saved seed. With strata, each method estimates every stratum and combines them. A method the table cannot
 * support gives its reason, never a made-up number. Stateless.
 */
final class EstimationRunner {
    private EstimationRunner() {
    }

    /** The key of the result to quote for these parameters. */
    static String primaryKey(Parameters parameters) {
        return switch (parameters.primary()) {
            case LOGLINEAR -> key(parameters.criterion());
            case CHAPMAN -> "chapman";
            case LCMCR -> "lcmcr";
        };
    }

    static String key(Criterion criterion) {
        return "loglinear_" + criterion.name().toLowerCase(Locale.ROOT);
    }

    static List<MethodResult> run(CaptureData data, Parameters parameters, JobProgress progress) {
        List<MethodResult> results = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            progress.stage("log-linear search " + criterion.name(), 0);
            results.add(estimate(key(criterion), LogLinearEstimator.search(criterion), data, progress));
        }
        if (data.lists().size() == 2) {
            progress.stage("chapman", 0);
            results.add(estimate("chapman", new ChapmanEstimator(), data, progress));
        } else {
            results.add(MethodResult.failed("chapman", Method.CHAPMAN.label(), "Chapman's estimator takes exactly two lists; this"
                    + " table has " + data.lists().size()));
        }
        progress.stage("lcmcr", 0);
        results.add(estimate("lcmcr", new LcmcrEstimator(parameters.lcmcr()), data, progress));
        return results;
    }

    private static MethodResult estimate(String key, Estimator estimator, CaptureData data, JobProgress progress) {
        try {
            Estimate estimate = data.stratified()
                    ? new StratifiedEstimator(estimator).estimate(data.stratifiedTable(), progress)
                    : estimator.estimate(data.table(data.strata().get(0)), progress);
            return MethodResults.of(key, estimate);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return MethodResult.failed(key, estimator.method().label(), "this table cannot be estimated this way: " + e.getMessage());
        }
    }
}
