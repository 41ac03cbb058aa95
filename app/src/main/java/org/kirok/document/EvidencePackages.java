package org.kirok.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.web.Forbidden;

/**
 * Evidence packages: a source's files with a manifest, their custody log and a SHA256SUMS file, in one zip that a
 * court, a UN mechanism or a partner verifies offline with {@code sha256sum -c SHA256SUMS} — no Kirok needed.
 * Every file is verified against the SHA-256 recorded at ingest before a byte of the package is sent, and the
 * export itself is a custody step of each file (who, when, why, which package), recorded before the package is
 * written so that the custody log inside the package includes it. Thread-safe.
 */
public final class EvidencePackages {
    static final int MIN_REASON = 3;

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AttachmentService attachments;

    public EvidencePackages(Jdbi jdbi, IdentityVault vault, AttachmentService attachments) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.attachments = attachments;
    }

    /** A package ready to write: what goes in and the open, verified files. */
    record Plan(UUID packageId, Instant createdAt, String createdBy, String reason, SourceAttachments source,
                List<Attachment> items, List<AttachmentDownload> downloads, List<CustodyEntry> custody,
                long chainSeq, String chainHash) {
    }

    /**
     * Checks everything and verifies every file; empty {@code selected} means all the source's files. Refuses
     * without a reason (custody needs a why), without files, with ids that are not the source's, and for a
     * testimony's files without identity access.
     */
    Plan prepare(User user, UUID sourceId, Set<UUID> selected, String reasonTyped) {
        String reason = CustodyNotes.text("reason", reasonTyped).filter(r -> r.length() >= MIN_REASON)
                .orElseThrow(() -> new InvalidInputException("reason", "say why the package is made (for whom, for "
                        + "what proceedings); it is written into the custody log of every file"));
        SourceAttachments source = attachments.list(user, sourceId);
        if (!source.mayDownload()) {
            throw new Forbidden("The files of a testimony go into an evidence package only for users with identity "
                    + "access: they are likely transcripts or recordings of the witness.");
        }
        List<Attachment> items = source.items().stream()
                .filter(a -> selected.isEmpty() || selected.contains(a.id())).toList();
        List<UUID> unknown = selected.stream().filter(id -> items.stream().noneMatch(a -> a.id().equals(id))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("attachments", "not files of " + source.reference() + ": " + unknown);
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("attachments", source.reference() + " has no files to package");
        }
        UUID packageId = UUID.randomUUID();
        List<AttachmentDownload> downloads = new ArrayList<>();
        for (Attachment item : items) {
            downloads.add(attachments.open(user, item.id(), new AttachmentService.CustodyStep("attachment.exported",
                    Optional.of(reason), Map.of("package_id", packageId.toString()))));
        }
        return jdbi.inTransaction(handle -> {
            var key = vault.key(handle, new Subject("source", sourceId));
            List<CustodyEntry> custody = CustodyLog.of(handle, sourceId, key).stream()
                    .filter(e -> items.stream().anyMatch(a -> a.id().equals(e.attachmentId()))).toList();
            Map.Entry<Long, byte[]> tip = handle.createQuery("SELECT seq, hash FROM audit_tip WHERE id = 1")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBytes(2))).one();
            return new Plan(packageId, Instant.now(), user.displayName(), reason, source, items, downloads, custody,
                    tip.getKey(), java.util.HexFormat.of().formatHex(tip.getValue()));
        });
    }

    /** A source's files and their custody log as this user may see it: notes only for those who may open the files. */
    public record Custody(SourceAttachments source, List<CustodyEntry> entries) {
    }

    public Custody custody(User user, UUID sourceId) {
        SourceAttachments source = attachments.list(user, sourceId);
        return jdbi.inTransaction(handle -> {
            var key = source.mayDownload() ? vault.key(handle, new Subject("source", sourceId))
                    : Optional.<org.kirok.vault.SubjectKey>empty();
            List<CustodyEntry> entries = CustodyLog.of(handle, sourceId, key);
            return new Custody(source, source.mayDownload() ? entries : entries.stream().map(e -> new CustodyEntry(
                    e.seq(), e.at(), e.actor(), e.action(), e.attachmentId(), e.sha256(), Optional.empty(),
                    e.packageId(), e.entryHash())).toList());
        });
    }

    /** Writes the zip: files, manifest.json, custody.csv, README.txt, and SHA256SUMS over all of them. */
    void write(User user, Plan plan, OutputStream out) throws IOException {
        try (EvidenceZip zip = new EvidenceZip(out, folderName(plan))) {
            List<Map<String, Object>> files = new ArrayList<>();
            for (int i = 0; i < plan.items().size(); i++) {
                Attachment item = plan.items().get(i);
                AttachmentDownload download = plan.downloads().get(i);
                String path = "files/" + String.format("%02d", i + 1) + "-" + safe(download.fileName());
                zip.entry(path, body -> attachments.send(user, download, body));
                files.add(EvidenceManifest.file(path, item, download));
            }
            zip.entry("manifest.json", body -> body.write(EvidenceManifest.json(plan, files)));
            zip.entry("custody.csv", body -> body.write(EvidenceManifest.custodyCsv(plan.custody())));
            zip.entry("README.txt", body -> body.write(EvidenceManifest.readme(plan)));
            zip.finishWithSums();
        }
    }

    /** The zip's top folder: which source, which day. */
    static String folderName(Plan plan) {
        return "evidence-" + plan.source().reference().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + plan.createdAt().toString().substring(0, 10);
    }

    /** A file name safe in a zip on any system (no folders, no characters Windows refuses), Hangul kept. */
    static String safe(String name) {
        String cleaned = FileNames.clean(name).replaceAll("[\\\\/:*?\"<>|]", "_");
        return cleaned.isEmpty() ? "file" : cleaned;
    }
}
