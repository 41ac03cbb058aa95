package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

@Tag("store")
class AttachmentApiTest {
    static TestSystem system;
    static Api coderApi;
    static Uploads coder;
    static Uploads analyst;
    static Uploads advocate;
    static Uploads partner;
    static String document;
    static String otherDocument;
    static String testimony;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        String coderToken = system.tokenFor("coder", Role.CODER);
        coderApi = system.api(coderToken);
        coder = new Uploads(system.baseUrl(), coderToken);
        analyst = new Uploads(system.baseUrl(), system.tokenFor("analyst", Role.ANALYST));
        advocate = new Uploads(system.baseUrl(), system.tokenFor("advocate", Role.ADVOCACY_OFFICER));
        partner = new Uploads(system.baseUrl(), system.tokenFor("partner", Role.PARTNER));
        document = coderApi.post("/api/v1/documents", "{\"title\":\"Court papers\"}").json().get("id").asText();
        otherDocument = coderApi.post("/api/v1/documents", "{\"title\":\"Other papers\"}").json().get("id").asText();
        String person = coderApi.post("/api/v1/persons", "{\"names\":[{\"text\":\"박가상\"}]}").json().get("id").asText();
        testimony = coderApi.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + person
                + "\",\"interview_date\":\"2020-02-03\",\"language\":\"ko\"}").json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void a_file_comes_back_byte_for_byte_with_its_sha256() throws Exception {
        byte[] original = new byte[2 * 1024 * 1024 + 12_345]; // crosses two 1 MiB chunk boundaries
        new Random(5L).nextBytes(original);
        Uploads.Answer created = coder.upload(document, Uploads.form("scan 2019.pdf", "application/pdf", original));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
        assertThat(created.json().get("sha256").asText()).isEqualTo(sha256);
        assertThat(created.json().get("size").asLong()).isEqualTo(original.length);

        Uploads.Answer downloaded = coder.download(created.json().get("id").asText());
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(original);
        assertThat(downloaded.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(downloaded.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"scan 2019.pdf\"; filename*=UTF-8''scan%202019.pdf");
        assertThat(downloaded.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(downloaded.header("Repr-Digest")).isEqualTo("sha-256=:"
                + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");

        JsonNode listed = coder.get("/api/v1/sources/" + document + "/attachments").json();
        JsonNode item = find(listed, created.json().get("id").asText());
        assertThat(item.get("file_name").asText()).isEqualTo("scan 2019.pdf");
        assertThat(item.get("sha256").asText()).isEqualTo(sha256);
        assertThat(item.get("derived_from").isNull()).isTrue();
    }

    @Test
    void uploaded_html_is_saved_not_shown() {
        String id = coder.upload(document, Uploads.form("page.html", "text/html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).json().get("id").asText();
        Uploads.Answer downloaded = coder.download(id);
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(downloaded.header("Content-Disposition")).startsWith("attachment;");
        assertThat(downloaded.header("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void a_byte_flipped_on_disk_makes_the_download_fail_its_integrity_check() throws IOException {
        byte[] original = "fictional transcript page".repeat(2000).getBytes(StandardCharsets.UTF_8);
        String id = coder.upload(document, Uploads.form("page.txt", "text/plain", original)).json().get("id").asText();
        Path stored = storedFile(id);
        byte[] sealed = Files.readAllBytes(stored);
        int position = new Random(17L).nextInt(sealed.length);
        sealed[position] ^= 0x01;
        Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
        Files.write(stored, sealed);

        Uploads.Answer refused = coder.download(id);
        assertThat(refused.status()).as("flipped byte %d", position).isEqualTo(500);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("integrity");
        assertThat(refused.json().get("error").get("message").asText()).contains("incident");
        assertThat(refused.text()).as("no stack trace or exception name reaches the client")
                .doesNotContain("at org.").doesNotContain("Exception").doesNotContain(".java:");
        assertThat(auditActions(id)).contains("attachment.uploaded", "attachment.integrity_failed")
                .doesNotContain("attachment.downloaded");
    }

    @Test
    void a_changed_sha256_in_the_database_makes_the_download_fail_its_integrity_check() {
        String id = coder.upload(document, Uploads.form("a.txt", "text/plain", "original".getBytes(StandardCharsets.UTF_8)))
                .json().get("id").asText();
        system.kirok().jdbi().useHandle(handle -> {
            // an attacker with database access would drop the immutability trigger first
            handle.execute("ALTER TABLE attachment DISABLE TRIGGER attachment_immutable");
            handle.createUpdate("UPDATE attachment SET sha256 = :sha WHERE id = :id").bind("sha", new byte[32])
                    .bind("id", UUID.fromString(id)).execute();
            handle.execute("ALTER TABLE attachment ENABLE TRIGGER attachment_immutable");
        });
        Uploads.Answer refused = coder.download(id);
        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("integrity");
        assertThat(auditActions(id)).contains("attachment.integrity_failed");
    }

    @Test
    void the_database_refuses_to_change_an_original() {
        String id = coder.upload(document, Uploads.form("b.txt", "text/plain", "b".getBytes(StandardCharsets.UTF_8)))
                .json().get("id").asText();
        assertThatThrownBy(() -> system.kirok().jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE attachment SET media_type = 'text/html' WHERE id = :id").bind("id", UUID.fromString(id)).execute()))
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void neither_the_content_nor_the_file_name_reaches_the_disk_in_plaintext() throws IOException {
        String marker = "PLAINTEXT-MARKER-" + UUID.randomUUID();
        String fileName = "witness-" + UUID.randomUUID() + ".txt";
        String id = coder.upload(document, Uploads.form(fileName, "text/plain",
                (marker + "\n").repeat(5000).getBytes(StandardCharsets.UTF_8))).json().get("id").asText();
        assertThat(coder.download(id).text()).startsWith(marker);

        Path attachments = system.dataDirectory().resolve("attachments");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(attachments)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(file.toString()).doesNotContain(marker).doesNotContain(fileName)
                    .doesNotContain("PLAINTEXT-MARKER");
            assertThat(file.getFileName().toString()).doesNotContain("witness");
        }
        String audit = system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT string_agg(detail, ' ') FROM audit_log").mapTo(String.class).one());
        assertThat(audit).doesNotContain(fileName).doesNotContain(marker);
    }

    @Test
    void refuses_a_file_over_64_mb_whether_its_length_is_announced_or_not() throws IOException {
        byte[] head = ("--" + Uploads.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + Uploads.BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long size = UploadLimits.MAX_FILE_BYTES + 1;
        Uploads.Answer streamed = coder.uploadStreamed(document, () -> new SequenceInputStream(java.util.Collections.enumeration(
                List.of(new ByteArrayInputStream(head), new Zeros(size), new ByteArrayInputStream(tail)))));
        assertThat(streamed.status()).as(streamed.text()).isEqualTo(400);
        assertThat(streamed.json().get("error").get("field").asText()).isEqualTo("file");
        assertThat(streamed.json().get("error").get("message").asText()).contains("64 MB");
        try (Stream<Path> walk = Files.walk(system.dataDirectory().resolve("attachments"))) {
            assertThat(walk.filter(p -> p.toString().endsWith(".partial")).toList()).as("nothing left behind").isEmpty();
        }
        Uploads.Answer announced = coder.upload(document, Uploads.form("big.bin", "application/octet-stream",
                new byte[(int) UploadLimits.MAX_REQUEST_BYTES + 1]));
        assertThat(announced.status()).isEqualTo(400);
        assertThat(announced.json().get("error").get("message").asText()).contains("64 MB");
    }

    @Test
    void refuses_uploads_without_a_usable_file_naming_the_field() {
        assertFileError(coder.upload(document, Uploads.form("", "application/octet-stream", new byte[0])), "file");
        assertFileError(coder.upload(document, Uploads.form("empty.txt", "text/plain", new byte[0])), "file");
        byte[] noFile = ("--" + Uploads.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--"
                + Uploads.BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        assertFileError(coder.upload(document, noFile), "file");
        byte[] cutOff = java.util.Arrays.copyOf(Uploads.form("a.txt", "text/plain", "abc".getBytes(StandardCharsets.UTF_8)), 120);
        assertFileError(coder.upload(document, cutOff), "file");
        Api.Response json = coderApi.post("/api/v1/sources/" + document + "/attachments", "{\"file\":\"x\"}");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("error").get("field").asText()).isEqualTo("file");
    }

    @Test
    void a_working_copy_names_its_original_of_the_same_source() {
        String original = coder.upload(document, Uploads.form("o.txt", "text/plain", "o".getBytes(StandardCharsets.UTF_8)))
                .json().get("id").asText();
        Uploads.Answer copy = coder.upload(document, Uploads.form("o-redacted.txt", "text/plain",
                "r".getBytes(StandardCharsets.UTF_8), "derived_from", original));
        assertThat(copy.status()).as(copy.text()).isEqualTo(201);
        assertThat(copy.json().get("derived_from").asText()).isEqualTo(original);
        JsonNode listed = coder.get("/api/v1/sources/" + document + "/attachments").json();
        assertThat(find(listed, copy.json().get("id").asText()).get("derived_from").asText()).isEqualTo(original);
        assertFileError(coder.upload(otherDocument, Uploads.form("x.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8), "derived_from", original)), "derived_from");
        assertFileError(coder.upload(document, Uploads.form("x.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8), "derived_from", "nonsense")), "derived_from");
    }

    @Test
    void files_of_a_testimony_need_identity_access_to_download_or_even_to_see_their_names() {
        String id = coder.upload(testimony, Uploads.form("interview-audio.m4a", "audio/mp4",
                "fictional audio".getBytes(StandardCharsets.UTF_8))).json().get("id").asText();
        JsonNode hidden = advocate.get("/api/v1/sources/" + testimony + "/attachments").json();
        assertThat(hidden.get("may_download").asBoolean()).isFalse();
        assertThat(find(hidden, id).get("file_name").isNull()).isTrue();
        assertThat(find(hidden, id).get("identity_hidden").asBoolean()).isTrue();
        Uploads.Answer refused = advocate.download(id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("forbidden");
        assertThat(analyst.download(id).status()).isEqualTo(200);
        assertThat(find(analyst.get("/api/v1/sources/" + testimony + "/attachments").json(), id).get("file_name").asText())
                .isEqualTo("interview-audio.m4a");
    }

    @Test
    void answers_404_to_guessed_ids_and_to_sources_the_caller_may_not_see() {
        assertThat(coder.download(UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(coder.download("../../etc/passwd").status()).isEqualTo(404);
        assertThat(coder.upload(UUID.randomUUID().toString(), Uploads.form("a.txt", "text/plain", new byte[] {1})).status())
                .isEqualTo(404);
        assertThat(coder.get("/api/v1/sources/" + UUID.randomUUID() + "/attachments").status()).isEqualTo(404);
        String id = coder.upload(document, Uploads.form("internal.txt", "text/plain", new byte[] {1})).json().get("id").asText();
        assertThat(partner.download(id).status()).isEqualTo(404);
        assertThat(partner.get("/api/v1/sources/" + document + "/attachments").status()).isEqualTo(404);
    }

    @Test
    void answers_401_without_a_token_and_403_to_roles_that_may_not_write() {
        Uploads anonymous = new Uploads(system.baseUrl(), null);
        byte[] form = Uploads.form("a.txt", "text/plain", new byte[] {1});
        assertThat(anonymous.upload(document, form).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/sources/" + document + "/attachments").status()).isEqualTo(401);
        assertThat(anonymous.download(UUID.randomUUID().toString()).status()).isEqualTo(401);
        assertThat(analyst.upload(document, form).status()).isEqualTo(403);
    }

    @Test
    void uploads_and_downloads_are_audited_with_size_and_hash_but_no_name() {
        byte[] content = "audited".getBytes(StandardCharsets.UTF_8);
        Uploads.Answer created = coder.upload(document, Uploads.form("secret-name.txt", "text/plain", content));
        String id = created.json().get("id").asText();
        coder.download(id);
        List<String> details = system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT action || ' ' || detail FROM audit_log WHERE entity = 'source' AND entity_id = :source "
                        + "AND detail LIKE :attachment ORDER BY seq")
                .bind("source", UUID.fromString(document)).bind("attachment", "%" + id + "%").mapTo(String.class).list());
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).startsWith("attachment.uploaded").contains(created.json().get("sha256").asText())
                .contains("\"size\":7");
        assertThat(details.get(1)).startsWith("attachment.downloaded").contains(created.json().get("sha256").asText());
        assertThat(String.join(" ", details)).doesNotContain("secret-name");
    }

    private static JsonNode find(JsonNode listed, String id) {
        for (JsonNode item : listed.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("attachment " + id + " not listed: " + listed);
    }

    private static Path storedFile(String attachmentId) {
        String key = system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT storage_key FROM attachment WHERE id = :id").bind("id", UUID.fromString(attachmentId))
                .mapTo(String.class).one());
        return system.dataDirectory().resolve("attachments").resolve(key.substring(0, 2)).resolve(key);
    }

    private static List<String> auditActions(String attachmentId) {
        return system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT action FROM audit_log WHERE detail LIKE :id ORDER BY seq").bind("id", "%" + attachmentId + "%")
                .mapTo(String.class).list());
    }

    private static void assertFileError(Uploads.Answer answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().get("error").get("field").asText()).as(answer.text()).isEqualTo(field);
    }

    /** {@code size} zero bytes, produced on demand. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(target, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
