package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.backup.Backup;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.Api;

/**
 * The seized-disk promise: 1,000 fictional identities (each with a Hangul and a Latin name, a contact and notes; a
 * tenth with a testimony whose transcript names them) go in through the import and the API; then nothing on disk —
 * the embedded PostgreSQL's files and WAL, its log, the server's console log, attachments, the search index once
 * it has taken them in, an encrypted backup — holds any of them in the clear. A control string that is not protected
 * must be found, proving the scan would see a leak. (The key file is under the data directory here: this proves the database, logs and backups alone
 * are useless; keeping the key file elsewhere or behind a passphrase is KeyManagementTest's part. pg_dump output
 * is checked by PgDumpTest against the external PostgreSQL.)
 */
class SeizedDiskTest {
    private static final int IDENTITIES = 1_000;
    private static final int BY_API = 100;
    private static final String CONTROL = "Controlorganisation" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void no_identity_is_written_in_plaintext_anywhere_on_disk() throws Exception {
        Path data = Files.createTempDirectory("kirok-seized");
        Settings settings = new Settings(data, Optional.empty(), data.resolve("keys").resolve("vault-keys.json"),
                DurabilityCheck.Policy.REFUSE_UNSAFE, false);
        Identities identities = new Identities(new Random(1_000L));
        PrintStream console = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(console, captured), true, StandardCharsets.UTF_8));
        try (Kirok kirok = Kirok.open(settings)) {
            Api api = adminApi(kirok);
            // the control: organisation names are not protected, so this one must be found
            assertThat(api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"" + CONTROL + "\"}").status())
                    .isEqualTo(201);
            Api.Response imported = api.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                    identities.csv(IDENTITIES - BY_API).getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("accepted").asInt()).isEqualTo(IDENTITIES - BY_API);
            for (int i = 0; i < BY_API; i++) {
                identities.byApi(api, i);
            }
            waitUntilSearchFinds(api, identities.lastLatinSurname());
            try (OutputStream backup = Files.newOutputStream(data.resolve("backup.kirok-backup"))) {
                Backup.write(kirok.jdbi(), kirok.core().vault(), backup, table -> { });
            }
        } finally {
            System.setErr(console);
        }
        Files.write(data.resolve("logs").resolve("console.log"), captured.toByteArray());

        DiskScan scan = DiskScan.of(data, identities.secrets(), CONTROL);
        assertThat(identities.secrets()).hasSizeGreaterThanOrEqualTo(4 * IDENTITIES);
        assertThat(scan.controlFound()).as("the scan finds unprotected text, so it would find a leaked name").isTrue();
        assertThat(scan.filesScanned()).isGreaterThan(100);
        assertThat(scan.hits()).isEmpty();
    }

    /** The search index (under the data directory) must hold the records before the disk is scanned. */
    private static void waitUntilSearchFinds(Api api, String name) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            Api.Response found = api.get("/api/v1/search?q=" + name);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            if (found.json().get("total").asLong() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the search index did not take in " + name + " within 60 s");
    }

    private static Api adminApi(Kirok kirok) {
        var server = kirok.serve("127.0.0.1", 0);
        String token = Tokens.newSecret();
        kirok.core().accounts().bootstrapAdmin();
        kirok.jdbi().useTransaction(h -> kirok.core().tokens().create(h,
                kirok.core().users().byUsername(h, "admin").orElseThrow().id(), "t", token, Optional.empty()));
        return new Api("http://127.0.0.1:" + server.port(), token);
    }

    /** Writes to the real console and to a buffer: the server's log lines are scanned like any file. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }

    /** Fictional identities that are surely nobody's and surely unique in the files. */
    private static final class Identities {
        private final Random random;
        private final List<String> secrets = new ArrayList<>();
        private String lastLatin = "";

        Identities(Random random) {
            this.random = random;
        }

        List<String> secrets() {
            return secrets;
        }

        /** The first word of the last Latin name given through the API (a search query without spaces). */
        String lastLatinSurname() {
            return lastLatin.split(" ")[0];
        }

        String csv(int count) {
            StringBuilder csv = new StringBuilder("external_id,names,sex,birth_year,contact,notes\n");
            for (int i = 0; i < count; i++) {
                String hangul = hangul();
                String latin = latin(i);
                String contact = "Qjx" + Long.toString(random.nextLong() & 0xffffffffL, 36) + " street";
                String note = "Nwq" + UUID.randomUUID().toString().replace("-", "");
                secrets.addAll(List.of(hangul, latin, contact, note));
                csv.append("seized-").append(i).append(',').append(hangul).append(" | ").append(latin).append(",F,1971,")
                        .append(contact).append(',').append(note).append('\n');
            }
            return csv.toString();
        }

        void byApi(Api api, int i) {
            String hangul = hangul();
            String latin = latin(10_000 + i);
            lastLatin = latin;
            String contact = "Pzk" + Long.toString(random.nextLong() & 0xffffffffL, 36) + " road";
            secrets.addAll(List.of(hangul, latin, contact));
            Api.Response person = api.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + hangul + "\"},{\"text\":\""
                    + latin + "\"}],\"sex\":\"M\",\"birth_year\":1968,\"contact\":\"" + contact + "\"}");
            assertThat(person.status()).as(person.body()).isEqualTo(201);
            String marker = "Xylqpw" + UUID.randomUUID().toString().replace("-", "");
            secrets.add(marker);
            Api.Response testimony = api.post("/api/v1/testimonies", "{\"interviewee_id\":\""
                    + person.json().get("id").asText() + "\",\"interview_date\":\"2019-05-01\",\"language\":\"ko\","
                    + "\"transcript\":\"" + marker + " 정치범수용소에서 " + hangul + "\",\"summary\":\"" + latin + "\"}");
            assertThat(testimony.status()).as(testimony.body()).isEqualTo(201);
        }

        private String hangul() {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                name.appendCodePoint(0xAC00 + random.nextInt(11_172));
            }
            return name.toString();
        }

        private String latin(int i) {
            return "Zqv" + Long.toString(random.nextLong() & 0xffffffffL, 36) + " Wrmbt" + i;
        }
    }
}
