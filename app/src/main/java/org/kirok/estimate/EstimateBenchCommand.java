package org.kirok.estimate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kirok.engine.estimate.CaptureTable;
import org.kirok.engine.estimate.CoverageReport;
import org.kirok.engine.estimate.Criterion;
import org.kirok.engine.estimate.Estimator;
import org.kirok.engine.estimate.LcmcrEstimator;
import org.kirok.engine.estimate.LcmcrSettings;
import org.kirok.engine.estimate.LogLinearEstimator;
import org.kirok.engine.estimate.ModelChoice;
import org.kirok.engine.estimate.ModelRanking;
import org.kirok.engine.estimate.ModelSearch;
import org.kirok.engine.estimate.ProgressListener;
import org.kirok.engine.estimate.SimulatedPopulation;
import org.kirok.engine.estimate.SimulationStudy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench estimate}: the estimation engine's performance targets and its large
 * simulation study, printed with the machine they ran on for docs/benchmarks.md. Everything runs
 * on one thread.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Time LCMCR and the log-linear model search, and run the coverage simulation study."})
public final class EstimateBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10000",
            description = "LCMCR sweeps of the single chain timed on the 6-list UK table (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
            description = "timed repetitions after one warm-up (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "200",
            description = "simulated populations per scenario (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--population", paramLabel = "N", defaultValue = "2000",
            description = "size of each simulated population (default: ${DEFAULT-VALUE})")
    int population;

    @Option(names = "--simulation-iterations", paramLabel = "N", defaultValue = "5000",
            description = "LCMCR sweeps per chain (two chains) per simulated population (default: ${DEFAULT-VALUE})")
    int simulationIterations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2024",
            description = "seed of the simulation study (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", paramLabel = "DIR",
            description = "shared data folder (default: $KIROK_SHARED_DATA, else ../shared/data)")
    Optional<Path> data;

    @Option(names = "--skip-simulation", description = "only the timings")
    boolean skipSimulation;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("# kirok bench estimate");
        out.println(MachineInfo.describe());
        out.println();
        Optional<Path> mse = dataFolder().map(folder -> folder.resolve("mse")).filter(Files::isDirectory);
        if (mse.isEmpty()) {
            out.println("shared data folder not found (--data, KIROK_SHARED_DATA or ../shared/data):"
                    + " timings on real tables skipped");
        } else {
            timeLcmcr(out, mse.get().resolve("sparsemse_UKdat.csv"));
            timeSearch(out, mse.get().resolve("dga_MadiganYork1997_5list_example.csv"));
            timeSearch(out, mse.get().resolve("sparsemse_Western.csv"));
            timeSearch(out, mse.get().resolve("sparsemse_UKdat.csv"));
        }
        if (!skipSimulation) {
            simulate(out);
        }
        out.flush();
        return 0;
    }

    private void timeLcmcr(PrintWriter out, Path file) {
        CaptureTable table = CaptureCsv.read(file, Optional.empty()).total();
        LcmcrSettings oneChain = LcmcrSettings.defaults().withIterations(iterations).withChains(1);
        LcmcrEstimator estimator = new LcmcrEstimator(oneChain);
        double[] seconds = time(() -> estimator.estimate(table));
        out.printf(Locale.ROOT, "LCMCR, one chain of %,d iterations (K* = 10), %s (%d lists, %,d observed):"
                + " median %.3f s, min %.3f s over %d runs (target <= 5 s)%n", iterations, file.getFileName(), table.listCount(), table.observed(),
                median(seconds), min(seconds), seconds.length);
        out.flush();
    }

    private void timeSearch(PrintWriter out, Path file) {
        CaptureTable table = CaptureCsv.read(file, Optional.empty()).total();
        ModelRanking[] last = new ModelRanking[1];
        double[] seconds = time(() -> last[0] = ModelSearch.search(table, Criterion.AIC, ProgressListener.NONE));
        ModelRanking ranking = last[0];
        out.printf(Locale.ROOT, "log-linear %s search by AIC, %s (%d lists, %,d observed): %,d models fitted, %,d without MLE;"
                + " median %.3f s, min %.3f s over %d runs%s; best: %s, N = %,.1f%n",
                ranking.strategy().name().toLowerCase(Locale.ROOT), file.getFileName(), table.listCount(), table.observed(),
                ranking.ranked().size(), ranking.unestimable(), median(seconds), min(seconds), seconds.length,
                table.listCount() == 5 ? " (target <= 2 s)" : "", ranking.ranked().getFirst().model().describe(table.lists()),
                ranking.ranked().getFirst().estimate());
        out.flush();
    }

    private void simulate(PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "## Simulation study: %d populations of %,d per scenario, 5 lists, seed %d%n",
                replications, population, seed);
        for (Scenario scenario : scenarios()) {
            out.printf(Locale.ROOT, "%n%s%n", scenario.description());
            List<Estimator> estimators = List.of(
                    new LcmcrEstimator(LcmcrSettings.defaults().withIterations(simulationIterations)),
                    LogLinearEstimator.search(Criterion.AIC), LogLinearEstimator.search(Criterion.BIC));
            for (Estimator estimator : estimators) {
                long start = System.nanoTime();
                CoverageReport report;
                try (ConsoleProgress bar = new ConsoleProgress(label(estimator), System.err)) {
                    report = SimulationStudy.run(scenario.population(), estimator, replications, seed, bar);
                }
                out.printf(Locale.ROOT, "  %-32s coverage %5.1f%% (± %.1f), relative bias %+6.1f%%, relative RMSE %5.1f%%,"
                                + " mean interval width %,8.0f, no estimate %d, %.1f s%n",
                        label(estimator), 100 * report.coverage(), 100 * report.coverageStandardError(),
                        100 * report.relativeBias(), 100 * report.relativeRmse(), report.meanIntervalWidth(),
                        report.withoutEstimate(), (System.nanoTime() - start) / 1e9);
                out.flush();
            }
        }
    }

    /** A: heterogeneity in two groups plus a referral between lists; B: a group the lists rarely reach. */
    private List<Scenario> scenarios() {
        return List.of(
                new Scenario("Scenario A - heterogeneity (30% of people 2-3 times as visible) and list 1 referring to list 2"
                        + " (odds ratio 2)", new SimulatedPopulation(population, new double[] {0.3, 0.7},
                        new double[][] {{0.7, 0.6, 0.7, 0.6, 0.7}, {0.25, 0.2, 0.3, 0.2, 0.25}},
                        List.of(new SimulatedPopulation.Referral(0, 1, 2)))),
                new Scenario("Scenario B - a hidden group: 70% of people are on each list with probability 0.06-0.12",
                        new SimulatedPopulation(population, new double[] {0.3, 0.7},
                                new double[][] {{0.35, 0.30, 0.25, 0.30, 0.20}, {0.10, 0.08, 0.12, 0.06, 0.10}}, List.of())));
    }

    private record Scenario(String description, SimulatedPopulation population) {
    }

    private static String label(Estimator estimator) {
        return switch (estimator) {
            case LcmcrEstimator lcmcr -> "LCMCR (" + lcmcr.settings().chains() + " x " + String.format(Locale.ROOT, "%,d",
                    lcmcr.settings().iterations()) + " it.)";
            case LogLinearEstimator logLinear -> switch (logLinear.choice()) {
                case ModelChoice.Search search -> "log-linear, best model by " + search.criterion();
                case ModelChoice.Fixed fixed -> "log-linear, " + fixed.model();
            };
            default -> estimator.method().label();
        };
    }

    private double[] time(Supplier<?> work) {
        work.get();
        double[] seconds = new double[repeats];
        for (int run = 0; run < repeats; run++) {
            long start = System.nanoTime();
            work.get();
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private Optional<Path> dataFolder() {
        return Stream.of(data, Optional.ofNullable(System.getenv("KIROK_SHARED_DATA")).map(Path::of),
                        Optional.of(Path.of("../shared/data")))
                .flatMap(Optional::stream).filter(Files::isDirectory).findFirst();
    }
}
