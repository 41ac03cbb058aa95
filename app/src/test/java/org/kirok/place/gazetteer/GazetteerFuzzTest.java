package org.kirok.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kirok.audit.Actor;
import org.kirok.testing.TestSystem;

/**
 * The gazetteer importer on fuzzed files of each published format, on PostgreSQL, as dry runs: a file is refused
 * as a whole with a reason, or every row is accepted, updated, unchanged or rejected naming its field — no other
 * exception. The first byte picks the format; seeds (fictional places) are in
 * src/test/resources/org/kirok/place/gazetteer/GazetteerFuzzTestInputs/.
 */
class GazetteerFuzzTest {
    private static final GazetteerFormat[] FORMATS = {GazetteerFormat.AUTO, GazetteerFormat.DPRK_GAZETTEER,
        GazetteerFormat.DPRK_COUNTIES, GazetteerFormat.CHINA_BORDER, GazetteerFormat.FACILITIES,
        GazetteerFormat.GEONAMES};
    private static TestSystem system;
    private static GazetteerImport importer;
    private static Path file;

    @BeforeAll
    static void start() throws IOException {
        system = TestSystem.start();
        importer = new GazetteerImport(system.kirok().jdbi(), system.kirok().features().places());
        file = Files.createTempFile("kirok-gazetteer-fuzz", ".csv");
    }

    @AfterAll
    static void stop() throws IOException {
        system.close();
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "45s")
    void everyRowIsAccountedFor(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        GazetteerFormat format = FORMATS[(input[0] & 0xff) % FORMATS.length];
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        GazetteerImport.Prepared prepared;
        try {
            prepared = importer.prepare(file, format);
        } catch (IOException | IllegalArgumentException | UncheckedIOException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        ImportReport report = importer.run(prepared, Actor.cli("fuzz"),
                new GazetteerImport.Options(prepared.format(), true, true, () -> { }));
        assertThat(report.accepted() + report.updated() + report.unchanged() + report.rejected().size())
                .isEqualTo(report.rows());
        report.rejected().forEach(rejection -> assertThat(rejection.reason()).isNotBlank());
    }
}
