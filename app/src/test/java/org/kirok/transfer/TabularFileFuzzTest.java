package org.kirok.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Any bytes a user uploads as a spreadsheet — CSV in any encoding, a broken or hostile XLSX (zip) — are either read
 * into rows or refused with a message saying why; nothing else may escape (no parser exception, no out-of-memory
 * from a zip bomb). Crashes the fuzzer finds are kept under
 * src/test/resources/org/kirok/transfer/TabularFileFuzzTestInputs/ and replayed by every test run.
 */
class TabularFileFuzzTest {

    @FuzzTest(maxDuration = "45s")
    void readsOrRefusesAnyUpload(byte[] upload) {
        String name = upload.length > 0 && (upload[0] & 1) == 1 ? "upload.xlsx" : "upload.csv";
        try {
            TabularFile file = TabularFile.read(name, upload, Optional.empty());
            for (TabularFile.Line line : file.rows()) {
                assertThat(line.number()).isGreaterThan(1);
                assertThat(line.cells().keySet()).containsExactlyElementsOf(file.header());
            }
        } catch (TabularFile.Unreadable refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
