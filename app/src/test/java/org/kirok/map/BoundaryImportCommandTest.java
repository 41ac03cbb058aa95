package org.kirok.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kirok.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kirok import boundaries FILE} end to end: imports, re-imports idempotently, refuses bad files clearly. */
class BoundaryImportCommandTest {

    @Test
    void imports_a_geojson_file_then_replaces_it_on_a_second_run_and_refuses_a_bad_file(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("provinces.geojson");
        Files.write(file, BoundaryFileTest.fixture("fictional-provinces.geojson"));
        Path data = directory.resolve("data");
        assertThat(run("import", "boundaries", file.toString(), "--data", data.toString()))
                .startsWith("0|").contains("Imported 3 areas from provinces.geojson: 3 new, 0 replaced.");
        assertThat(run("import", "boundaries", file.toString(), "--data", data.toString(), "--level", "province"))
                .startsWith("0|").contains("0 new, 3 replaced");
        Path bad = directory.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\":\"Point\",\"coordinates\":[1,2]}");
        assertThat(run("import", "boundaries", bad.toString(), "--data", data.toString()))
                .startsWith("2|").contains("found type 'Point'");
        assertThat(run("import", "boundaries", directory.resolve("missing.json").toString(), "--data", data.toString()))
                .startsWith("2|").contains("cannot read");
    }

    private static String run(String... arguments) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(arguments);
        return code + "|" + out + err;
    }
}
