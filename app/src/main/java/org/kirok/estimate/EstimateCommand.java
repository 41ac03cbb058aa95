package org.kirok.estimate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kirok.engine.estimate.ChapmanEstimator;
import org.kirok.engine.estimate.Criterion;
import org.kirok.engine.estimate.Estimate;
import org.kirok.engine.estimate.Estimator;
import org.kirok.engine.estimate.LcmcrEstimator;
import org.kirok.engine.estimate.LcmcrSettings;
import org.kirok.engine.estimate.LogLinearEstimator;
import org.kirok.engine.estimate.Method;
import org.kirok.engine.estimate.ModelChoice;
import org.kirok.engine.estimate.ProgressListener;
import org.kirok.engine.estimate.StratifiedEstimator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kirok estimate FILE.csv}: how many people a set of overlapping lists missed. Exit codes:
 * 0 with a result (which may be "no estimate" with warnings saying why), 1 for a file or data
 * problem, 2 for options that cannot be used.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Estimate the size of a population from the overlap of lists (multiple systems estimation).",
            "FILE has one 0/1 column per list and a count column named count or freq (one row per capture pattern),"
                + " or one row per person with only 0/1 columns."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a result (possibly no estimate, with warnings saying why)", "1:the file or its data cannot be used",
            "2:invalid options"})
public final class EstimateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "capture histories, CSV with a header row")
    Path file;

    @Option(names = "--method", paramLabel = "loglinear|lcmcr|chapman", defaultValue = "loglinear",
            description = "estimation method (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--interactions", paramLabel = "c1:c2,c2:c3|all2|none",
            description = "log-linear model: interaction terms (lists by name or as c1..ck), all2 for every two-way"
                    + " interaction, none for independence; without it the model is searched for")
    Optional<String> interactions;

    @Option(names = "--select", paramLabel = "aic|bic",
            description = "log-linear model search criterion (default: aic); exhaustive up to 5 lists, stepwise beyond")
    Optional<String> select;

    @Option(names = "--seed", paramLabel = "N", description = "LCMCR random seed; the same seed gives the same result (default: 1)")
    Optional<Long> seed;

    @Option(names = "--iterations", paramLabel = "N",
            description = "LCMCR Gibbs sweeps per chain, the first half burn-in (default: " + LcmcrSettings.DEFAULT_ITERATIONS + ")")
    Optional<Integer> iterations;

    @Option(names = "--chains", paramLabel = "N",
            description = "LCMCR independent chains, pooled; their disagreement shows in R-hat (default: "
                    + LcmcrSettings.DEFAULT_CHAINS + ")")
    Optional<Integer> chains;

    @Option(names = "--classes", paramLabel = "K", description = "LCMCR maximum number of latent classes (default: 10)")
    Optional<Integer> classes;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.95", description = "interval level (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--strata", paramLabel = "COLUMN",
            description = "estimate each stratum (value of this column) separately and add them up")
    Optional<String> strata;

    @Option(names = "--json", description = "print one JSON object on standard output")
    boolean json;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "show progress of long work on standard error (default: on)")
    boolean progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return estimate(spec.commandLine().getOut(), err);
        } catch (InvalidOptions invalid) {
            err.println("kirok estimate: " + invalid.getMessage() + " (see kirok estimate --help)");
            return 2;
        }
    }

    private int estimate(PrintWriter out, PrintWriter err) {
        Method chosen = method();
        validateOptions(chosen, err);
        CaptureFile input;
        try {
            input = CaptureCsv.read(file, strata);
        } catch (CaptureFileException problem) {
            err.println("kirok estimate: " + file + ": " + problem.getMessage());
            return 1;
        }
        if (chosen == Method.CHAPMAN && input.total().listCount() != 2) {
            err.println("kirok estimate: " + file + ": --method chapman takes exactly two lists, the file has "
                    + input.total().listCount() + " (" + String.join(", ", input.total().lists())
                    + "); use --method loglinear or lcmcr");
            return 1;
        }
        Estimate estimate;
        try (ConsoleProgress bar = new ConsoleProgress(chosen.label(), System.err)) {
            ProgressListener listener = progress && showsProgress(chosen, input) ? bar : ProgressListener.NONE;
            Estimator estimator = estimator(chosen, input, err);
            estimate = input.strata().isPresent()
                    ? new StratifiedEstimator(estimator).estimate(input.strata().get(), listener)
                    : estimator.estimate(input.total(), listener);
        } catch (IllegalArgumentException problem) {
            err.println("kirok estimate: " + file + ": " + problem.getMessage());
            return 1;
        }
        out.print(json ? EstimateJson.render(estimate) + System.lineSeparator() : EstimateReport.render(estimate, input.total()));
        out.flush();
        return 0;
    }

    private Estimator estimator(Method chosen, CaptureFile input, PrintWriter err) {
        return switch (chosen) {
            case LOGLINEAR -> new LogLinearEstimator(modelChoice(input, err), level);
            case CHAPMAN -> new ChapmanEstimator(level);
            case LCMCR -> new LcmcrEstimator(lcmcrSettings());
        };
    }

    private LcmcrSettings lcmcrSettings() {
        try {
            LcmcrSettings settings = LcmcrSettings.defaults().withLevel(level);
            settings = iterations.map(settings::withIterations).orElse(settings);
            settings = seed.map(settings::withSeed).orElse(settings);
            settings = chains.map(settings::withChains).orElse(settings);
            return classes.map(settings::withMaxClasses).orElse(settings);
        } catch (IllegalArgumentException impossible) {
            throw new InvalidOptions(impossible.getMessage());
        }
    }

    private ModelChoice modelChoice(CaptureFile input, PrintWriter err) {
        if (interactions.isPresent()) {
            InteractionSpec parsed;
            try {
                parsed = InteractionSpec.parse(interactions.get(), input.total().lists());
            } catch (IllegalArgumentException problem) {
                throw new InvalidOptions(problem.getMessage());
            }
            parsed.notes().forEach(note -> err.println("kirok estimate: note: " + note));
            return new ModelChoice.Fixed(parsed.model());
        }
        return new ModelChoice.Search(criterion());
    }

    private Criterion criterion() {
        String name = select.orElse("aic").strip().toUpperCase(Locale.ROOT);
        try {
            return Criterion.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidOptions("--select must be aic or bic, got '" + select.orElse("") + "'");
        }
    }

    private Method method() {
        for (Method candidate : Method.values()) {
            if (candidate.label().equalsIgnoreCase(method.strip())) {
                return candidate;
            }
        }
        throw new InvalidOptions("--method must be loglinear, lcmcr or chapman, got '" + method + "'");
    }

    /** Contradictory options are errors; options that do not apply to the method are noted and ignored. */
    private void validateOptions(Method chosen, PrintWriter err) {
        if (interactions.isPresent() && select.isPresent()) {
            throw new InvalidOptions("--interactions fixes the model and --select searches for one; give only one of them");
        }
        if (!(level > 0 && level < 1)) {
            throw new InvalidOptions("--level must lie strictly between 0 and 1, got " + level);
        }
        if (select.isPresent()) {
            criterion();
        }
        List<String> ignored = new ArrayList<>();
        if (chosen != Method.LOGLINEAR) {
            interactions.ifPresent(value -> ignored.add("--interactions"));
            select.ifPresent(value -> ignored.add("--select"));
        }
        if (chosen != Method.LCMCR) {
            seed.ifPresent(value -> ignored.add("--seed"));
            iterations.ifPresent(value -> ignored.add("--iterations"));
            classes.ifPresent(value -> ignored.add("--classes"));
            chains.ifPresent(value -> ignored.add("--chains"));
        }
        if (!ignored.isEmpty()) {
            err.println("kirok estimate: note: " + String.join(", ", ignored) + " do" + (ignored.size() == 1 ? "es" : "")
                    + " not apply to --method " + chosen.label() + " and " + (ignored.size() == 1 ? "is" : "are") + " ignored");
        }
    }

    private boolean showsProgress(Method chosen, CaptureFile input) {
        return chosen == Method.LCMCR || input.strata().isPresent()
                || (chosen == Method.LOGLINEAR && interactions.isEmpty() && input.total().listCount() >= 5);
    }

    /** Options that cannot be used together or with this file; exit code 2. */
    private static final class InvalidOptions extends RuntimeException {
        InvalidOptions(String message) {
            super(message);
        }
    }
}
