package org.kirok.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a process that had indexed changes it had not committed: the next start resumes from the last commit
 * and replays only what came after it from the audit log — no rebuild, nothing lost.
 */
@Tag("store")
class IndexCrashTest {
    private static final User ADMIN = new User(UUID.randomUUID(), "crash-admin", "Admin", Role.ADMIN, Optional.empty(),
            "en", false, false, false, 1);

    @Test
    void after_kill_9_the_index_catches_up_from_its_last_commit_without_a_rebuild() throws Exception {
        Path data = Files.createTempDirectory("kirok-crash");
        DatabaseUrl database = TestDatabases.fresh();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), IndexCrashChild.class.getName(), data.toString(),
                database.jdbcUrl(), database.user().orElse("postgres")));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        long committed;
        long head;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                seen.add(line);
            }
            assertThat(line).as("the child's output: " + String.join("\n", seen)).isNotNull();
            String[] parts = line.split(" ");
            committed = Long.parseLong(parts[1]);
            head = Long.parseLong(parts[2]);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by signal 9").isEqualTo(137);
        assertThat(committed).isPositive().isLessThan(head);

        Settings settings = new Settings(data, Optional.of(database), data.resolve("keys").resolve("vault-keys.json"),
                DurabilityCheck.Policy.WARN_ONLY, false);
        try (Kirok kirok = Kirok.open(settings)) {
            SearchService search = kirok.features().search();
            assertThat(search.status().indexed()).as("resumes from the last commit").isEqualTo(committed);
            long written = search.catchUp();
            assertThat(written).as("only the 20 persons after the commit are indexed again, not all 50").isEqualTo(20);
            assertThat(search.status().indexed()).isEqualTo(head);
            assertThat(search.status().documents().get("person")).isEqualTo(50);
            assertThat(search.search(ADMIN, SearchRequest.of("Uncommitted7 Zqpak"), "en").hits())
                    .extracting(SearchResult.Hit::title).containsExactly("Uncommitted7 Zqpak");
            assertThat(search.search(ADMIN, SearchRequest.of("Committed3 Zqkim"), "en").total()).isEqualTo(1);
        }
    }
}
