package org.kirok.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kirok.web.Json;
import org.kirok.web.Spreadsheet;

/** The texts of an evidence package besides the files: manifest.json, custody.csv and README.txt. */
final class EvidenceManifest {
    static final String VERIFY = "sha256sum -c SHA256SUMS";

    private EvidenceManifest() {
    }

    /** One file's line in the manifest: where it is in the package and what was recorded when it came in. */
    static Map<String, Object> file(String path, Attachment item, AttachmentDownload download) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", path);
        file.put("attachment_id", item.id().toString());
        file.put("original_name", download.fileName());
        file.put("media_type", item.mediaType());
        file.put("size", item.size());
        file.put("sha256_at_ingest", item.sha256());
        file.put("derived_from", item.derivedFrom().map(Object::toString).orElse(null));
        file.put("added_by", item.addedBy().orElse(null));
        file.put("added_at", item.addedAt().toString());
        return file;
    }

    static byte[] json(EvidencePackages.Plan plan, List<Map<String, Object>> files) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "kirok-evidence-package/1");
        manifest.put("package_id", plan.packageId().toString());
        manifest.put("created_at", plan.createdAt().toString());
        manifest.put("created_by", plan.createdBy());
        manifest.put("reason", plan.reason());
        manifest.put("source", Map.of("id", plan.source().sourceId().toString(), "reference", plan.source().reference(),
                "kind", plan.source().sourceKind()));
        manifest.put("audit_chain_head", Map.of("seq", plan.chainSeq(), "hash", plan.chainHash()));
        manifest.put("files", files);
        manifest.put("verify", VERIFY);
        try {
            return Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest is plain data", e);
        }
    }

    static byte[] custodyCsv(List<CustodyEntry> custody) {
        List<List<String>> rows = custody.stream().map(e -> List.of(String.valueOf(e.seq()), e.at().toString(),
                e.actor(), e.step(), e.attachmentId().toString(), e.sha256().orElse(""), e.note().orElse(""),
                e.packageId().orElse(""), e.entryHash())).toList();
        return new Spreadsheet("custody", List.of("audit_seq", "at_utc", "who", "what", "attachment_id", "sha256",
                "why", "package_id", "audit_entry_hash"), rows).write(Spreadsheet.Format.CSV);
    }

    static byte[] readme(EvidencePackages.Plan plan) {
        String text = """
                Evidence package %s
                Source %s, made %s by %s.
                Reason: %s

                HOW TO VERIFY (no Kirok needed)
                  1. Unzip the package and open a terminal in its folder.
                  2. Run:  %s
                     (macOS: shasum -a 256 -c SHA256SUMS; Windows PowerShell: compare Get-FileHash with SHA256SUMS)
                     Every line must say OK. A changed, missing or added byte in any file shows as FAILED.
                  3. In manifest.json, sha256_at_ingest of each file is the hash recorded when the file entered
                     Kirok; it must equal the file's line in SHA256SUMS.
                  4. custody.csv lists every step of each file (who, when, what, why). audit_entry_hash and
                     audit_chain_head in manifest.json are entries of the organisation's hash-chained audit log;
                     the organisation can show they are unchanged with `kirok audit verify`.

                검증 방법 (Kirok 없이)
                  1. 압축을 풀고 그 폴더에서 터미널을 엽니다.
                  2. 실행:  %s   — 모든 줄이 OK여야 합니다. 한 바이트라도 바뀌면 FAILED로 나옵니다.
                  3. manifest.json의 sha256_at_ingest(등록 당시 해시)가 SHA256SUMS의 값과 같아야 합니다.
                  4. custody.csv는 각 파일의 보관 이력(누가, 언제, 무엇을, 왜)입니다.
                """.formatted(plan.packageId(), plan.source().reference(), plan.createdAt(), plan.createdBy(),
                plan.reason(), VERIFY, VERIFY);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
