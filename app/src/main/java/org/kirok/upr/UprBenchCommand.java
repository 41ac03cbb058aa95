package org.kirok.upr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.audit.Actor;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kirok bench upr}: imports the UPR Info export (41,066 rows) into a fresh embedded database several times —
 * each run a first import into an empty register, then the same file again (which must add nothing) — and measures
 * how the action-category classifier agrees with UPR Info's own coding, overall and per cycle.
 */
@Command(name = "upr", mixinStandardHelpOptions = true,
        description = "Time the import of the UPR Info export and measure the action-category classifier's agreement.")
public final class UprBenchCommand implements Callable<Integer> {
    private static final String FILE = "upr_info_recommendations_sessions01-20.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "CSV", description = "The UPR Info export (default: the shared data's).")
    Optional<Path> file;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Optional<Path> csv = file.or(UprBenchCommand::sharedFile);
        if (csv.isEmpty() || !Files.isReadable(csv.get())) {
            spec.commandLine().getErr().println("kirok bench upr: the UPR Info export was not found; give --file or set "
                    + "KIROK_SHARED_DATA (looked for " + FILE + ")");
            return 2;
        }
        byte[] bytes = Files.readAllBytes(csv.get());
        out.println(machine());
        out.println("file: " + csv.get().toAbsolutePath().normalize() + String.format(Locale.ROOT, " (%,d bytes)", bytes.length));
        agreement(csv.get(), bytes, out);
        Path data = Files.createTempDirectory("kirok-bench-upr");
        try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
            UprImporter importer = kirok.features().upr().importer();
            List<Double> first = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                kirok.jdbi().useHandle(handle -> handle.execute("TRUNCATE upr_recommendation CASCADE"));
                first.add(timed(importer, bytes, out, "run " + run + ", empty register"));
                again.add(timed(importer, bytes, out, "run " + run + ", same file again"));
            }
            out.printf(Locale.ROOT, "first import: median %.2f s, min %.2f s; re-import: median %.2f s, min %.2f s "
                    + "(target: the whole file in at most 30 s)%n", median(first), Collections.min(first),
                    median(again), Collections.min(again));
        } finally {
            deleteQuietly(data);
        }
        return 0;
    }

    private static double timed(UprImporter importer, byte[] bytes, java.io.PrintWriter out, String label)
            throws TabularFile.Unreadable {
        long started = System.nanoTime();
        ImportResult result = importer.importFile(ImportFormat.UPR_INFO, FILE, bytes, Optional.empty(),
                Actor.cli("bench upr"), UprImporter.Options.strict());
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%s: %.2f s — %s%n", label, seconds, result.summary());
        return seconds;
    }

    private static void agreement(Path csv, byte[] bytes, java.io.PrintWriter out) throws TabularFile.Unreadable {
        TabularFile table = TabularFile.read(csv.toString(), bytes, Optional.empty());
        ActionClassifier classifier = ActionClassifier.standard();
        ClassifierAgreement all = new ClassifierAgreement();
        ClassifierAgreement cycle1 = new ClassifierAgreement();
        ClassifierAgreement cycle2 = new ClassifierAgreement();
        long started = System.nanoTime();
        for (TabularFile.Line line : table.rows()) {
            int theirs = Integer.parseInt(line.get("action_category"));
            int ours = classifier.classify(line.get("recommendation"));
            all.add(theirs, ours);
            (line.get("cycle").equals("1") ? cycle1 : cycle2).add(theirs, ours);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "classifier: %,d recommendations classified in %.2f s%n", all.total(), seconds);
        out.print("all sessions: " + all.report());
        out.print("cycle 1 (sessions 1-12): " + cycle1.report());
        out.print("cycle 2 (sessions 13-20): " + cycle2.report());
    }

    private static Optional<Path> sharedFile() {
        return Optional.ofNullable(System.getenv("KIROK_SHARED_DATA")).map(Path::of).or(() -> Optional.of(Path.of("../shared/data")))
                .map(root -> root.resolve("upr").resolve(FILE)).filter(Files::isRegularFile);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String machine() {
        String cpu;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException | SecurityException e) {
            cpu = "unknown";
        }
        return String.format(Locale.ROOT, "machine: %d cores (nproc), CPU %s, JDK %s %s", Runtime.getRuntime()
                .availableProcessors(), cpu, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
