package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * The seized-disk promise: after identities go in through the API, nothing under the data directory — the
 * embedded PostgreSQL's files and WAL, the key file, attachments, the index — contains a name or a transcript in
 * the clear. (The key file is there too: this proves that the database alone is useless, not that a stolen disk
 * holding the key file is; keeping the key file elsewhere is the security issue's part.)
 */
class SeizedDiskTest {
    private static final String CONTROL = "Controlorganisation" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void no_name_or_transcript_is_written_in_plaintext_anywhere_under_the_data_directory() throws Exception {
        Path data = Files.createTempDirectory("kirok-seized");
        Settings settings = new Settings(data, Optional.empty(), data.resolve("keys").resolve("vault-keys.json"),
                DurabilityCheck.Policy.REFUSE_UNSAFE, false);
        List<String> secrets = new ArrayList<>();
        Random random = new Random(1_000L);
        try (Kirok kirok = Kirok.open(settings)) {
            var server = kirok.serve("127.0.0.1", 0);
            String token = Tokens.newSecret();
            kirok.core().accounts().bootstrapAdmin();
            kirok.jdbi().useTransaction(h -> kirok.core().tokens().create(h,
                    kirok.core().users().byUsername(h, "admin").orElseThrow().id(), "t", token, Optional.empty()));
            Api api = new Api("http://127.0.0.1:" + server.port(), token);
            // a control: organisation names are not protected, so this one must be found — proving the scan sees the data
            Api.Response organisation = api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"" + CONTROL + "\"}");
            assertThat(organisation.status()).as(organisation.body()).isEqualTo(201);
            for (int i = 0; i < 60; i++) {
                String hangul = hangulName(random);
                String latin = "Zqv" + Long.toString(random.nextLong() & 0xffffffffL, 36) + " Wrmbt" + i;
                secrets.add(hangul);
                secrets.add(latin);
                Api.Response person = api.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + hangul + "\"},{\"text\":\""
                        + latin + "\"}],\"sex\":\"F\",\"birth_year\":1970,\"contact\":\"" + latin + " street 9\"}");
                assertThat(person.status()).isEqualTo(201);
                if (i % 6 == 0) {
                    String marker = "Xylqpw" + UUID.randomUUID().toString().replace("-", "");
                    secrets.add(marker);
                    assertThat(api.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + person.json().get("id").asText()
                            + "\",\"interview_date\":\"2019-05-01\",\"language\":\"ko\",\"transcript\":\"" + marker
                            + " 정치범수용소에서 " + hangul + "\",\"summary\":\"" + latin + "\"}").status()).isEqualTo(201);
                }
            }
        }
        List<String> found = new ArrayList<>();
        boolean controlFound = false;
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(read(file), StandardCharsets.ISO_8859_1);
                controlFound |= content.contains(CONTROL);
                for (String secret : secrets) {
                    if (content.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        found.add(secret + " in " + data.relativize(file));
                    }
                }
            }
        }
        assertThat(controlFound).as("the scan finds unprotected text, so it would find a leaked name").isTrue();
        assertThat(secrets).hasSize(130);
        assertThat(found).isEmpty();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // a file PostgreSQL removed while we walked
        }
    }

    /** A random three-syllable Hangul name that is surely nobody's and surely unique in the files. */
    private static String hangulName(Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.appendCodePoint(0xAC00 + random.nextInt(11_172));
        }
        return name.toString();
    }
}
