package org.kirok.estimate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kirok.engine.estimate.CandidateModel;
import org.kirok.engine.estimate.CaptureTable;
import org.kirok.engine.estimate.Estimate;
import org.kirok.engine.estimate.EstimateDetails;
import org.kirok.engine.estimate.GoodnessOfFit;
import org.kirok.engine.estimate.Interval;
import org.kirok.engine.estimate.ModelRanking;
import org.kirok.engine.estimate.PosteriorSummary;

/** The readable report of an estimate: what was estimated from what, the figures, the warnings and the caveats. */
final class EstimateReport {

    private static final int MODELS_SHOWN = 10;
    private static final String LABEL = "%-14s";

    private EstimateReport() {
    }

    static String render(Estimate estimate, CaptureTable table) {
        StringBuilder out = new StringBuilder();
        out.append("Population estimate by multiple systems estimation\n\n");
        line(out, "Method", method(estimate));
        StringBuilder lists = new StringBuilder().append(table.listCount()).append(": ");
        for (int list = 0; list < table.listCount(); list++) {
            lists.append(list == 0 ? "" : ", ").append(table.lists().get(list))
                    .append(" (").append(whole(table.overlap(1 << list))).append(")");
        }
        line(out, "Lists", lists.toString());
        line(out, "Observed", whole(estimate.observed()) + " people on at least one list");
        out.append('\n');
        figures(out, estimate);
        details(out, estimate);
        bullets(out, "Warnings", estimate.warnings());
        bullets(out, "Caveats", estimate.caveats());
        return out.toString();
    }

    private static void figures(StringBuilder out, Estimate estimate) {
        if (estimate.value().isEmpty()) {
            line(out, "Estimate", "none — see the warnings");
        } else {
            line(out, "Estimate", decimal(estimate.value().getAsDouble()) + " people (observed and never recorded)");
            estimate.standardError().ifPresent(error -> line(out, "Std. error", decimal(error)));
            for (Interval interval : estimate.intervals()) {
                String high = interval.bounded() ? decimal(interval.high()) : "unbounded";
                line(out, Interval.percent(interval.level()) + " interval",
                        decimal(interval.low()) + " – " + high + " (" + kind(interval.kind()) + ")");
            }
        }
        line(out, "Model", estimate.model());
        estimate.fit().ifPresent(fit -> line(out, "Fit", fit(fit)));
    }

    private static void details(StringBuilder out, Estimate estimate) {
        switch (estimate.details()) {
            case EstimateDetails.LogLinear logLinear -> logLinear.search().ifPresent(ranking -> compared(out, ranking));
            case EstimateDetails.Chapman chapman -> line(out, "Counts", "first list " + whole(chapman.firstList())
                    + ", second list " + whole(chapman.secondList()) + ", both " + whole(chapman.both())
                    + (chapman.lincolnPetersen().isPresent()
                    ? "; Lincoln–Petersen " + decimal(chapman.lincolnPetersen().getAsDouble()) : ""));
            case EstimateDetails.Lcmcr lcmcr -> chain(out, lcmcr);
            case EstimateDetails.Stratified stratified -> strata(out, stratified.strata());
        }
    }

    private static void chain(StringBuilder out, EstimateDetails.Lcmcr lcmcr) {
        PosteriorSummary posterior = lcmcr.posterior();
        line(out, "Posterior", "median " + decimal(posterior.median()) + ", mean " + decimal(posterior.mean())
                + ", sd " + decimal(posterior.standardDeviation()));
        line(out, "Chains", lcmcr.settings().chains() + " × " + whole(lcmcr.settings().keptDraws())
                + " draws kept; effective sample size "
                + whole(Math.round(posterior.effectiveSampleSize())) + "; split R-hat "
                + String.format(Locale.ROOT, "%.3f", posterior.splitRhat()) + "; latent classes in use "
                + String.format(Locale.ROOT, "%.1f", lcmcr.meanOccupiedClasses()) + " on average");
    }

    private static void compared(StringBuilder out, ModelRanking ranking) {
        List<CandidateModel> models = ranking.ranked();
        out.append('\n').append("Models compared (").append(ranking.strategy().name().toLowerCase(Locale.ROOT))
                .append(" search; best ").append(Math.min(MODELS_SHOWN, models.size())).append(" of ")
                .append(whole(models.size())).append(" with an estimate, by ").append(ranking.criterion()).append(")\n");
        out.append(String.format(Locale.ROOT, "  %10s %10s %9s %4s %12s  %s%n", "AIC", "BIC", "deviance", "df", "estimate", "model"));
        for (CandidateModel model : models.subList(0, Math.min(MODELS_SHOWN, models.size()))) {
            GoodnessOfFit fit = model.fit();
            out.append(String.format(Locale.ROOT, "  %10.2f %10.2f %9.3f %4d %12s  %s%n", fit.aic(), fit.bic(),
                    fit.deviance(), fit.degreesOfFreedom(), decimal(model.estimate()), model.model()));
        }
    }

    private static void strata(StringBuilder out, Map<String, Estimate> strata) {
        out.append('\n').append("Strata\n");
        out.append(String.format(Locale.ROOT, "  %-20s %10s %12s  %s%n", "stratum", "observed", "estimate", "interval"));
        for (Map.Entry<String, Estimate> stratum : strata.entrySet()) {
            Estimate estimate = stratum.getValue();
            String value = estimate.value().isPresent() ? decimal(estimate.value().getAsDouble()) : "none";
            String interval = estimate.primaryInterval().map(bounds -> decimal(bounds.low()) + " – "
                    + (bounds.bounded() ? decimal(bounds.high()) : "unbounded")).orElse("");
            out.append(String.format(Locale.ROOT, "  %-20s %10s %12s  %s%n", stratum.getKey(), whole(estimate.observed()),
                    value, interval));
        }
    }

    private static String method(Estimate estimate) {
        return switch (estimate.details()) {
            case EstimateDetails.LogLinear logLinear -> "log-linear (Poisson GLM)" + logLinear.search()
                    .map(ranking -> ", model chosen by " + ranking.criterion() + " ("
                            + ranking.strategy().name().toLowerCase(Locale.ROOT) + " search; " + ranking.unestimable()
                            + " models without estimate left out)").orElse(", model given");
            case EstimateDetails.Chapman chapman -> "Chapman two-list estimator";
            case EstimateDetails.Lcmcr lcmcr -> "LCMCR (Bayesian latent classes, Manrique-Vallier 2016)";
            case EstimateDetails.Stratified stratified -> "stratified: " + estimate.method().label() + " in each of "
                    + stratified.strata().size() + " strata, totals summed";
        };
    }

    private static String fit(GoodnessOfFit fit) {
        return String.format(Locale.ROOT, "deviance %.3f on %d df (p = %.3g); AIC %.2f; BIC %.2f",
                fit.deviance(), fit.degreesOfFreedom(), fit.pValue(), fit.aic(), fit.bic());
    }

    private static String kind(Interval.Kind kind) {
        return switch (kind) {
            case WALD -> "Wald";
            case PROFILE_LIKELIHOOD -> "multinomial profile likelihood";
            case LOG_NORMAL -> "log-normal, Chao 1987";
            case CREDIBLE -> "posterior credible interval";
        };
    }

    private static void bullets(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        items.forEach(item -> out.append("  - ").append(item).append('\n'));
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, LABEL, label)).append(value).append('\n');
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    private static String whole(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
