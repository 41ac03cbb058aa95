package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

/**
 * Chain of custody end to end: files received with a note, read with a reason, exported as an evidence package that
 * GNU sha256sum verifies offline — and that reports FAILED when one byte of a file is changed afterwards.
 */
class EvidencePackageTest {
    static TestSystem system;
    static Uploads coder;
    static Uploads advocate;
    static String document;
    static String original;
    static String copy;
    static String originalSha;
    static String testimony;

    @BeforeAll
    static void start() throws Exception {
        system = TestSystem.start();
        String token = system.tokenFor("custodian", Role.CODER);
        Api api = system.api(token);
        coder = new Uploads(system.baseUrl(), token);
        advocate = new Uploads(system.baseUrl(), system.tokenFor("advocate", Role.ADVOCACY_OFFICER));
        document = api.post("/api/v1/documents", "{\"title\":\"Detention order (fictional)\"}").json().get("id").asText();
        byte[] scan = new byte[300_000];
        new Random(11).nextBytes(scan);
        originalSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        original = coder.upload(document, Uploads.form("구류 명령서.pdf", "application/pdf", scan,
                "custody_note", "handed over on a USB stick by the Seoul field office")).json().get("id").asText();
        copy = coder.upload(document, Uploads.form("redacted.txt", "text/plain",
                "redacted transcription".getBytes(StandardCharsets.UTF_8), "derived_from", original,
                "custody_note", "redacted working copy")).json().get("id").asText();
        assertThat(coder.get("/api/v1/attachments/" + original + "?reason=transcription%20check").status()).isEqualTo(200);
        String person = api.post("/api/v1/persons", "{\"names\":[{\"text\":\"가상인\"}]}").json().get("id").asText();
        testimony = api.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + person
                + "\",\"interview_date\":\"2021-04-05\",\"language\":\"ko\"}").json().get("id").asText();
        coder.upload(testimony, Uploads.form("interview.txt", "text/plain", "fictional".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void a_package_verifies_offline_and_detects_a_changed_byte(@TempDir Path folder) throws Exception {
        Uploads.Answer answer = coder.postJson("/api/v1/sources/" + document + "/evidence-package",
                "{\"reason\":\"requested by the Special Rapporteur's office, file 12\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/zip");
        Path root = unzip(answer.body(), folder);

        assertThat(sha256sum(root).exit()).as(sha256sum(root).output()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(root.resolve("manifest.json")));
        assertThat(manifest.get("files")).hasSize(2);
        JsonNode first = manifest.get("files").get(0);
        assertThat(first.get("sha256_at_ingest").asText()).isEqualTo(originalSha);
        assertThat(first.get("original_name").asText()).isEqualTo("구류 명령서.pdf");
        assertThat(Files.readString(root.resolve("SHA256SUMS"))).contains(originalSha + "  " + first.get("path").asText());
        assertThat(manifest.get("files").get(1).get("derived_from").asText()).isEqualTo(original);

        String custody = Files.readString(root.resolve("custody.csv"));
        assertThat(custody).contains("handed over on a USB stick by the Seoul field office", "transcription check",
                "redacted working copy", "requested by the Special Rapporteur's office, file 12",
                manifest.get("package_id").asText());
        assertThat(custody.lines().filter(l -> l.contains(",uploaded,"))).hasSize(2);
        assertThat(custody.lines().filter(l -> l.contains(",exported,"))).hasSize(2);

        Path file = root.resolve(first.get("path").asText());
        byte[] bytes = Files.readAllBytes(file);
        bytes[1000] ^= 1;
        Files.write(file, bytes);
        Result tampered = sha256sum(root);
        assertThat(tampered.exit()).isNotZero();
        assertThat(tampered.output()).contains(first.get("path").asText() + ": FAILED");
    }

    @Test
    void reasons_and_notes_are_sealed_in_the_audit_log_yet_read_on_the_custody_page() {
        long plain = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE detail LIKE '%USB stick%' OR detail LIKE '%transcription check%'")
                .mapTo(Long.class).one());
        assertThat(plain).isZero();
        JsonNode entries = coder.get("/api/v1/sources/" + document + "/custody").json().get("entries");
        assertThat(entries.findValuesAsText("why")).contains("handed over on a USB stick by the Seoul field office",
                "transcription check");
        assertThat(entries.findValuesAsText("what")).contains("uploaded", "downloaded");
    }

    @Test
    void a_package_needs_a_reason_files_of_the_source_and_identity_access_for_testimonies() {
        Uploads.Answer noReason = coder.postJson("/api/v1/sources/" + document + "/evidence-package", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("error").get("field").asText()).isEqualTo("reason");

        Uploads.Answer foreign = coder.postJson("/api/v1/sources/" + document + "/evidence-package",
                "{\"reason\":\"court\",\"attachments\":[\"" + java.util.UUID.randomUUID() + "\"]}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("error").get("field").asText()).isEqualTo("attachments");

        assertThat(coder.postJson("/api/v1/sources/" + java.util.UUID.randomUUID() + "/evidence-package",
                "{\"reason\":\"court\"}").status()).isEqualTo(404);
        assertThat(advocate.postJson("/api/v1/sources/" + testimony + "/evidence-package",
                "{\"reason\":\"court\"}").status()).isEqualTo(403);
        JsonNode seenByAdvocate = advocate.get("/api/v1/sources/" + testimony + "/custody").json().get("entries");
        assertThat(seenByAdvocate).isNotEmpty();
        assertThat(seenByAdvocate.findValues("why")).allMatch(JsonNode::isNull);
    }

    private static Path unzip(byte[] zip, Path folder) throws IOException {
        Path root = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as("zip slip: %s", entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
                root = folder.resolve(entry.getName().substring(0, entry.getName().indexOf('/')));
            }
        }
        assertThat(root).isNotNull();
        assertThat(Files.list(root).map(p -> p.getFileName().toString()).toList())
                .contains("manifest.json", "custody.csv", "README.txt", "SHA256SUMS", "files");
        return root;
    }

    record Result(int exit, String output) {
    }

    private static Result sha256sum(Path root) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "GNU sha256sum is not installed");
        Process process = new ProcessBuilder(List.of("sha256sum", "-c", "SHA256SUMS")).directory(root.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
