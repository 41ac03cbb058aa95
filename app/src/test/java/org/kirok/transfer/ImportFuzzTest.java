package org.kirok.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kirok.audit.Actor;
import org.kirok.testing.TestSystem;

/**
 * The whole import path — file reading, every column's parser, references, the vault and PostgreSQL — on fuzzed
 * files of persons, places and acts: each file is either refused as a whole with a reason, or every row is
 * accounted for as new, updated, unchanged or rejected naming its row and column. An exception of any other kind
 * (a database error on a NUL byte, an overflow in a number) would reach the user as a 500 and is a finding.
 * Imports run as dry runs so the database stays as the seeds left it. The first byte picks the kind of record;
 * seeds for each kind are in src/test/resources/org/kirok/transfer/ImportFuzzTestInputs/.
 */
class ImportFuzzTest {
    private static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @FuzzTest(maxDuration = "60s")
    void everyRowIsAccountedFor(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Transfer.Entity entity = Transfer.Entity.values()[(input[0] & 0xff) % Transfer.Entity.values().length];
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        try {
            ImportResult result = system.kirok().features().transfer().importFile(entity, "fuzz.csv", file,
                    Optional.empty(), Actor.SYSTEM, Optional.empty(), true, true, n -> { });
            assertThat(result.accepted() + result.updated() + result.unchanged() + result.rejected().size())
                    .isEqualTo(result.rows());
            assertThat(result.committed()).isFalse();
            for (ImportResult.Rejection rejection : result.rejected()) {
                assertThat(rejection.row()).isGreaterThan(1);
                assertThat(rejection.reason()).isNotBlank();
            }
        } catch (TabularFile.Unreadable refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
