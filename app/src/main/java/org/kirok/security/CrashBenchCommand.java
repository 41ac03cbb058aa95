package org.kirok.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.kirok.app.Settings;
import org.kirok.app.Storage;
import org.kirok.audit.AuditVerifier;
import org.kirok.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench crash}: durability under sudden death, the way a laptop loses power. Each run imports a new
 * 10,000-row file in a separate Kirok process on the embedded PostgreSQL and, at a random moment, kills with
 * SIGKILL the Kirok process, the PostgreSQL server, or both. Afterwards the database is opened again (crash
 * recovery) and checked: the run's rows are all there or none (no partial batch), every earlier acknowledged import
 * is still complete (0 acknowledged rows lost), no external id appears twice (0 duplicates), the audit chain verifies.
 * The method follows the kill-and-recover testing of PostgreSQL's own crash-safety suites (recovery TAP tests).
 */
@Command(name = "crash", mixinStandardHelpOptions = true,
        description = "kill -9 Kirok and/or PostgreSQL at random points of 10,000-row imports; check all-or-nothing.")
public final class CrashBenchCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "50", description = "runs (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--rows", defaultValue = "10000", description = "rows per import (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the kill moments (default ${DEFAULT-VALUE})")
    long seed;

    private enum Victim { KIROK, POSTGRES, BOTH }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("kirok-bench-crash");
        DataDirectory data = DataDirectory.create(work.resolve("data"));
        Random random = new Random(seed);
        long acknowledged = 0;
        int killed = 0;
        int completed = 0;
        int failures = 0;
        long started = System.nanoTime();
        System.out.printf("kirok bench crash: %d runs of %,d rows in %s (%d cores, Java %s)%n", runs, rows, work,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        long calibration = calibrate(work, data);
        acknowledged += 2L * rows;
        System.out.printf("run  0: an import without a kill takes %,d ms; kills fall in 0.3 s … %,d ms%n", calibration,
                calibration * 115 / 100);
        for (int run = 1; run <= runs; run++) {
            Path csv = work.resolve("run-" + run + ".csv");
            writePlaces(csv, run);
            Victim victim = Victim.values()[run % 3];
            long delay = 300 + (long) (random.nextDouble() * (calibration * 1.15 - 300));
            Process importer = startImport(csv, data.root(), work.resolve("run-" + run + ".log"));
            boolean finished = importer.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(victim, importer, data);
                killed++;
            }
            if (!importer.waitFor(2, TimeUnit.MINUTES)) {
                importer.destroyForcibly().waitFor();
            }
            boolean ackedNow = finished && importer.exitValue() == 0;
            completed += ackedNow ? 1 : 0;
            Check check = check(data, run);
            String verdict = check.verdict(rows, acknowledged, ackedNow);
            failures += verdict.startsWith("FAIL") ? 1 : 0;
            acknowledged += check.thisRun() == rows ? rows : 0;
            System.out.printf("run %2d: %-8s after %5d ms → this run %,6d rows, total %,7d, duplicates %d, chain %s: %s%n",
                    run, finished ? "finished" : "killed " + victim.name().toLowerCase(), delay, check.thisRun(),
                    check.total(), check.duplicates(), check.chainIntact() ? "intact" : "BROKEN", verdict);
        }
        System.out.printf("%d runs (%d killed, %d completed before the kill) in %.0f s: %d failures; %,d acknowledged "
                + "rows, 0 lost%n", runs, killed, completed, (System.nanoTime() - started) / 1e9, failures, acknowledged);
        return failures == 0 ? 0 : 1;
    }

    /**
     * Times an undisturbed import, so that kills spread over the whole of an import and a bit after. The first
     * import (which also creates the cluster) only warms up; the second is timed.
     */
    private long calibrate(Path work, DataDirectory data) throws IOException, InterruptedException {
        long duration = 0;
        for (int run : new int[] {0, 99_999}) {
            Path csv = work.resolve("run-" + run + ".csv");
            writePlaces(csv, run);
            long start = System.nanoTime();
            Process importer = startImport(csv, data.root(), work.resolve("run-" + run + ".log"));
            if (importer.waitFor() != 0) {
                throw new IllegalStateException("the calibration import failed; see " + work.resolve("run-" + run + ".log"));
            }
            duration = (System.nanoTime() - start) / 1_000_000;
        }
        return duration;
    }

    private record Check(long thisRun, long total, long duplicates, boolean chainIntact) {
        String verdict(int rows, long acknowledgedBefore, boolean ackedNow) {
            if (thisRun != 0 && thisRun != rows) {
                return "FAIL partial batch";
            }
            if (ackedNow && thisRun != rows) {
                return "FAIL acknowledged import lost";
            }
            if (total != acknowledgedBefore + thisRun) {
                return "FAIL earlier rows lost";
            }
            return duplicates == 0 && chainIntact ? "ok" : "FAIL duplicates or chain";
        }
    }

    private static Check check(DataDirectory data, int run) {
        Settings settings = Settings.fromEnvironment(data.root(), true, false);
        try (Storage storage = Storage.open(settings, data)) {
            var jdbi = storage.database().jdbi();
            return jdbi.withHandle(h -> new Check(
                    h.createQuery("SELECT count(*) FROM place WHERE external_id LIKE :p").bind("p", "crash-" + run + "-%")
                            .mapTo(Long.class).one(),
                    h.createQuery("SELECT count(*) FROM place WHERE external_id LIKE 'crash-%-%'").mapTo(Long.class).one(),
                    h.createQuery("SELECT count(*) - count(DISTINCT external_id) FROM place WHERE external_id LIKE 'crash-%'")
                            .mapTo(Long.class).one(),
                    new AuditVerifier().verify(jdbi).intact()));
        }
    }

    private static void kill(Victim victim, Process importer, DataDirectory data) throws IOException, InterruptedException {
        if (victim != Victim.KIROK) {
            Path pid = data.postgresData().resolve("postmaster.pid");
            if (Files.exists(pid)) {
                long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
                // a power cut takes the server's backends with it: SIGKILL the whole tree at once, postmaster first
                List<String> kill = new ArrayList<>(List.of("kill", "-9", String.valueOf(postmaster)));
                ProcessHandle.of(postmaster).ifPresent(server -> server.descendants()
                        .forEach(child -> kill.add(String.valueOf(child.pid()))));
                new ProcessBuilder(kill).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
            }
        }
        if (victim != Victim.POSTGRES) {
            importer.destroyForcibly();
        }
        importer.waitFor(2, TimeUnit.MINUTES);
    }

    private static Process startImport(Path csv, Path data, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "org.kirok.app.Main", "import", "places", csv.toString(),
                "--data", data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("KIROK_DATABASE_URL");
        return builder.start();
    }

    private void writePlaces(Path csv, int run) throws IOException {
        StringBuilder out = new StringBuilder("external_id,level,name_en,parent,country,latitude,longitude\n");
        out.append("crash-").append(run).append("-0,country,Crashland ").append(run).append(",,XC,,\n");
        for (int i = 1; i < rows; i++) {
            out.append("crash-").append(run).append('-').append(i).append(",locality,Locality ").append(i)
                    .append(",crash-").append(run).append("-0,XC,").append(40 + i % 100 / 100.0).append(',')
                    .append(125 + i % 50 / 50.0).append('\n');
        }
        Files.writeString(csv, out.toString(), StandardCharsets.UTF_8);
    }
}
