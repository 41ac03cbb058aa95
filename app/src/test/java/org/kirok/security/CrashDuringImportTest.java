package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditVerifier;
import org.kirok.store.Database;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a Kirok process at random points of a 10,000-row import, 20 times: every time the database holds all
 * of the file or none of it (no partial batch), a completed import is never lost, a final import ends with exactly
 * 10,000 rows (no duplicates), and the audit chain still verifies. (The benchmark `kirok bench crash` does 50 runs
 * and also kills PostgreSQL.)
 */
class CrashDuringImportTest {
    static final int ROWS = 10_000;
    static final int RUNS = 20;

    @Test
    void an_import_killed_at_any_moment_leaves_all_or_nothing() throws Exception {
        Path work = Files.createTempDirectory("kirok-crash");
        Path csv = work.resolve("places.csv");
        writePlaces(csv);
        DatabaseUrl url = TestDatabases.fresh();
        Random random = new Random(9);
        List<String> outcomes = new ArrayList<>();
        try (Database database = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY)) {
            Jdbi jdbi = database.jdbi();
            for (int run = 0; run < RUNS; run++) {
                long before = count(jdbi);
                Process importer = start(csv, work, url);
                boolean finished = importer.waitFor(300 + random.nextInt(6000), TimeUnit.MILLISECONDS);
                if (!finished) {
                    importer.destroyForcibly();
                    importer.waitFor();
                }
                long after = count(jdbi);
                outcomes.add(finished ? "completed" : "killed");
                assertThat(after).as("run %d (%s)", run, finished ? "completed" : "killed").isIn(0L, (long) ROWS);
                if (finished && importer.exitValue() == 0 || before == ROWS) {
                    assertThat(after).as("a completed import is never lost").isEqualTo(ROWS);
                }
            }
            Process last = start(csv, work, url);
            assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(count(jdbi)).isEqualTo(ROWS);
            long distinct = jdbi.withHandle(h -> h.createQuery("SELECT count(DISTINCT external_id) FROM place WHERE external_id LIKE 'crash-%'")
                    .mapTo(Long.class).one());
            assertThat(distinct).isEqualTo(ROWS);
            assertThat(new AuditVerifier().verify(jdbi).intact()).isTrue();
        }
        assertThat(outcomes).contains("killed");
    }

    private static long count(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM place WHERE external_id LIKE 'crash-%'")
                .mapTo(Long.class).one());
    }

    private static Process start(Path csv, Path work, DatabaseUrl url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.kirok.app.Main", "import", "places", csv.toString(),
                "--data", work.resolve("data").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("import.log").toFile());
        StringBuilder jdbc = new StringBuilder("postgresql://").append(url.user().orElse("postgres"));
        url.password().ifPresent(p -> jdbc.append(':').append(p));
        String hostAndDb = url.jdbcUrl().substring("jdbc:postgresql://".length());
        builder.environment().put("KIROK_DATABASE_URL", jdbc.append('@').append(hostAndDb).toString());
        return builder.start();
    }

    private static void writePlaces(Path csv) throws Exception {
        StringBuilder out = new StringBuilder("external_id,level,name_en,name_ko,parent,country,latitude,longitude\n");
        out.append("crash-root,country,Crashland,,,XC,,\n");
        for (int i = 1; i < ROWS; i++) {
            out.append("crash-").append(i).append(",locality,Locality ").append(i).append(",,crash-root,XC,")
                    .append(40 + i % 100 / 100.0).append(',').append(125 + i % 50 / 50.0).append('\n');
        }
        Files.writeString(csv, out.toString(), StandardCharsets.UTF_8);
    }

}
