package org.kirok.search.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kirok.app.Kirok;
import org.kirok.app.Main;
import org.kirok.app.Settings;
import org.kirok.security.Tokens;
import org.kirok.testing.Api;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** {@code kirok index rebuild|status} on a real data directory, and a small {@code kirok bench search}. */
class CommandsTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run kirok(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void rebuilds_the_index_from_the_database_and_reports_its_status() throws Exception {
        Path data = Files.createTempDirectory("kirok-index-cli");
        try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, true, false))) {
            var server = kirok.serve("127.0.0.1", 0);
            kirok.core().accounts().bootstrapAdmin();
            String token = Tokens.newSecret();
            kirok.jdbi().useTransaction(handle -> kirok.core().tokens().create(handle,
                    kirok.core().users().byUsername(handle, "admin").orElseThrow().id(), "t", token, Optional.empty()));
            Api api = new Api("http://127.0.0.1:" + server.port(), token);
            assertThat(api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Command Line Group\"}").status())
                    .isEqualTo(201);
        }
        Run rebuild = kirok("index", "rebuild", "--data", data.toString());
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).matches("(?s)Rebuilt the search index \\(encrypted storage\\): 1 documents in .* s; "
                + "it covers the audit log up to entry \\d+\\.\\s*");
        Run status = kirok("index", "status", "--data", data.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("storage: encrypted").contains("(current)").containsPattern("organisation\\s+1");
    }

    @Test
    void the_benchmark_runs_end_to_end_on_a_small_corpus() {
        Run bench = kirok("bench", "search", "--docs", "2000", "--queries", "40", "--warmup", "5", "--storage", "plain");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("documents/s").contains("p95").contains("Korean words").contains("names")
                .contains("heap: largest in use");
    }

    @Test
    void the_benchmark_refuses_a_storage_it_does_not_know_and_a_tiny_corpus() {
        Run storage = kirok("bench", "search", "--docs", "2000", "--storage", "cloud");
        assertThat(storage.exitCode()).isEqualTo(2);
        assertThat(storage.err()).contains("--storage must be encrypted, memory or plain (got 'cloud')");
        Run tiny = kirok("bench", "search", "--docs", "10");
        assertThat(tiny.exitCode()).isEqualTo(2);
        assertThat(tiny.err()).contains("--docs must be at least 100");
    }
}
