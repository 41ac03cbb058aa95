package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A {@code pg_dump} of the database — what a hosting provider's backup or an attacker with database access gets —
 * holds no name and no transcript. Needs a pg_dump at least as new as the server: it runs in the pass against
 * Debian's PostgreSQL 15 (./kirok test), and skips, saying so, against the embedded PostgreSQL 17.
 */
@Tag("store")
class PgDumpTest {

    @Test
    void a_database_dump_holds_no_name_and_no_transcript() throws Exception {
        try (TestSystem system = TestSystem.start()) {
            String serverVersion = system.kirok().jdbi().withHandle(h -> h.createQuery("SHOW server_version_num")
                    .mapTo(String.class).one());
            int serverMajor = Integer.parseInt(serverVersion) / 10000;
            Optional<Path> pgDump = pgDump(serverMajor);
            Assumptions.assumeTrue(pgDump.isPresent(), "no pg_dump of version >= " + serverMajor
                    + " here; this test runs in the pass against Debian's PostgreSQL (./kirok test)");
            Api api = system.api(system.tokenFor("dumper", Role.COORDINATOR));
            List<String> secrets = new ArrayList<>();
            String control = "Controlorg" + UUID.randomUUID().toString().replace("-", "");
            assertThat(api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"" + control + "\"}").status()).isEqualTo(201);
            for (int i = 0; i < 20; i++) {
                String hangul = "뷁쉛똠" + (char) (0xAC00 + i * 37) + (char) (0xB000 + i * 11);
                String latin = "Qzvxkor Dumpmark" + UUID.randomUUID().toString().substring(0, 8);
                secrets.add(hangul);
                secrets.add(latin);
                String id = api.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + hangul + "\"},{\"text\":\"" + latin
                        + "\"}]}").json().get("id").asText();
                String marker = "Xylqpw" + UUID.randomUUID().toString().replace("-", "");
                secrets.add(marker);
                assertThat(api.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + id + "\",\"interview_date\":\"2020-01-01\","
                        + "\"language\":\"ko\",\"transcript\":\"" + marker + "\"}").status()).isEqualTo(201);
            }
            String url = System.getenv("KIROK_TEST_DATABASE_URL");
            String database = system.kirok().jdbi().withHandle(h -> h.createQuery("SELECT current_database()")
                    .mapTo(String.class).one());
            Process dump = new ProcessBuilder(pgDump.get().toString(), "--no-password",
                    url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1")).redirectErrorStream(false).start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dump.waitFor()).as(new String(dump.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            assertThat(text).contains(control);
            assertThat(secrets).noneMatch(text::contains);
        }
    }

    private static Optional<Path> pgDump(int serverMajor) throws Exception {
        if (System.getenv("KIROK_TEST_DATABASE_URL") == null) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                versions.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable).forEach(candidates::add);
            }
        }
        candidates.sort(Comparator.reverseOrder());
        for (Path candidate : candidates) {
            int major = Integer.parseInt(candidate.getParent().getParent().getFileName().toString().replaceAll("\\D.*", ""));
            if (major >= serverMajor) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
