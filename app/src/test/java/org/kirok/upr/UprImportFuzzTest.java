package org.kirok.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kirok.audit.Actor;
import org.kirok.testing.TestSystem;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;

/**
 * The recommendations importer (UPR Info, UHRI and published-figure files) on fuzzed files, on PostgreSQL, as dry
 * runs: refused as a whole with a reason, or every row accounted for — no other exception. The first byte picks
 * the format; fictional seeds are in src/test/resources/org/kirok/upr/UprImportFuzzTestInputs/.
 */
class UprImportFuzzTest {
    private static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @FuzzTest(maxDuration = "45s")
    void everyRowIsAccountedFor(byte[] input) {
        if (input.length == 0) {
            return;
        }
        ImportFormat format = ImportFormat.values()[(input[0] & 0xff) % ImportFormat.values().length];
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        try {
            ImportResult result = system.kirok().features().upr().importer().importFile(format, "fuzz.csv", file,
                    Optional.empty(), Actor.cli("fuzz"), new UprImporter.Options(true, true, n -> { }));
            assertThat(result.accepted() + result.updated() + result.unchanged() + result.rejected().size())
                    .isEqualTo(result.rows());
            assertThat(result.committed()).isFalse();
            result.rejected().forEach(rejection -> assertThat(rejection.reason()).isNotBlank());
        } catch (TabularFile.Unreadable refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
