package org.kirok.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;
import org.kirok.vault.VaultIntegrityException;
import org.kirok.web.Forbidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files attached to sources of every kind. At ingest the original bytes are hashed (SHA-256) and sealed with the
 * source's data key under a random storage key; the file name is encrypted too. Originals are immutable: a
 * redacted or transcribed "working copy" is a new attachment that names the original in {@code derived_from}.
 * Every download decrypts and re-hashes the whole file before sending a byte of it, and refuses with an integrity
 * error (audited) when anything differs. Uploads and downloads are audited with ids, sizes and hashes, never names
 * or content; they are entries of the source's history (entity {@code source}), so the chain of custody of a
 * piece of evidence reads on its page. Thread-safe.
 */
public final class AttachmentService {
    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);
    private static final String TABLE = "source";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final AttachmentFiles files;
    private final AttachmentStore store = new AttachmentStore();

    public AttachmentService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, Path folder) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.files = new AttachmentFiles(folder);
    }

    /** The vault field of an attachment's content: the attachment id is bound into every chunk. */
    static String contentField(UUID attachmentId) {
        return "attachment:" + attachmentId;
    }

    private static String nameField(UUID attachmentId) {
        return "attachment:" + attachmentId + ":file_name";
    }

    /** The attachments of a source the user may see. */
    public SourceAttachments list(User user, UUID sourceId) {
        return jdbi.inTransaction(handle -> {
            AttachmentStore.SourceRow source = store.source(handle, sourceId, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("source"));
            boolean mayDownload = mayDownload(user, source);
            List<AttachmentStore.Row> rows = store.list(handle, sourceId);
            Optional<SubjectKey> key = mayDownload && !rows.isEmpty()
                    ? vault.key(handle, new Subject(TABLE, sourceId)) : Optional.empty();
            return new SourceAttachments(source.id(), source.reference(), source.kind(), mayDownload,
                    rows.stream().map(row -> view(row, key)).toList());
        });
    }

    /** Starts an upload to a source the user may see; nothing is read from the request before this succeeds. */
    AttachmentUpload begin(User user, UUID sourceId) {
        return jdbi.inTransaction(handle -> {
            AttachmentStore.SourceRow source = store.source(handle, sourceId, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("source"));
            SubjectKey key = vault.key(handle, new Subject(TABLE, sourceId)).orElseThrow(() -> new InvalidInputException(
                    "file", "the source " + source.reference() + " was erased (its key is destroyed): it takes no files"));
            return new AttachmentUpload(source, key, UUID.randomUUID(), files.newStorageKey(), files);
        });
    }

    /**
     * Publishes the sealed file and records it; a working copy names an original of the same source. The custody
     * note (where the file came from, how it was received) is sealed with the source's key in the audit entry.
     */
    Attachment finish(User user, AttachmentUpload upload, Optional<UUID> derivedFrom, Optional<String> custodyNote) {
        AttachmentUpload.Written written = upload.written();
        UUID sourceId = upload.source().id();
        try {
            files.publish(upload.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the sealed file: " + e.getMessage(), e);
        }
        AttachmentStore.Row row = jdbi.inTransaction(handle -> {
            derivedFrom.ifPresent(original -> {
                if (!store.belongsTo(handle, original, sourceId)) {
                    throw new InvalidInputException("derived_from", "derived_from must be an attachment of "
                            + upload.source().reference() + " (got " + original + ")");
                }
            });
            String name = written.fileName().orElse("attachment");
            AttachmentStore.Row saved = new AttachmentStore.Row(upload.id(), sourceId,
                    upload.key().encrypt(nameField(upload.id()), name), written.mediaType(), written.digest().size(),
                    written.digest().sha256(), upload.storageKey(), derivedFrom.orElse(null), user.id(),
                    user.displayName(), Instant.now().truncatedTo(ChronoUnit.MICROS));
            store.insert(handle, saved);
            Map<String, Object> detail = new LinkedHashMap<>(facts(saved));
            detail.put("media_type", saved.mediaType());
            derivedFrom.ifPresent(original -> detail.put("derived_from", original.toString()));
            custodyNote.ifPresent(note -> detail.put(CustodyNotes.DETAIL, CustodyNotes.seal(upload.key(), upload.id(), note)));
            audit.record(handle, user.actor(), "attachment.uploaded", TABLE, sourceId, detail);
            return saved;
        });
        upload.finished();
        return view(row, Optional.of(upload.key()));
    }

    /**
     * Opens an attachment for download after checking access and verifying the whole file: it decrypts and
     * re-hashes every chunk and compares size and SHA-256 with what was recorded at upload. Nothing is sent before
     * this succeeds, so a damaged file is refused, never half-delivered.
     */
    AttachmentDownload open(User user, UUID attachmentId, Optional<String> reason) {
        return open(user, attachmentId, new CustodyStep("attachment.downloaded", reason, Map.of()));
    }

    /** What a verified read is recorded as in the custody log: the action, why, and facts such as a package id. */
    record CustodyStep(String action, Optional<String> reason, Map<String, Object> facts) {
    }

    AttachmentDownload open(User user, UUID attachmentId, CustodyStep step) {
        record Found(AttachmentStore.Row row, AttachmentStore.SourceRow source, SubjectKey key) {
        }
        Found found = jdbi.inTransaction(handle -> {
            AttachmentStore.Row row = store.find(handle, attachmentId, access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("attachment"));
            AttachmentStore.SourceRow source = store.source(handle, row.sourceId(), access.visibleSql(user, "s"))
                    .orElseThrow(() -> new NotFoundException("attachment"));
            if (!mayDownload(user, source)) {
                throw new Forbidden("Downloading the files of a testimony needs identity access: they are likely "
                        + "transcripts or recordings of the witness.");
            }
            SubjectKey key = vault.key(handle, new Subject(TABLE, row.sourceId()))
                    .orElseThrow(() -> new NotFoundException("attachment"));
            return new Found(row, source, key);
        });
        AttachmentStore.Row row = found.row();
        String name;
        try {
            name = found.key().decrypt(nameField(row.id()), row.fileNameEnc());
        } catch (VaultIntegrityException e) {
            throw integrityFailure(user, row, "the encrypted file name fails authentication", e);
        }
        SealedFile.Digest digest = verify(user, row, found.key());
        Map<String, Object> detail = new LinkedHashMap<>(facts(row));
        detail.putAll(step.facts());
        step.reason().ifPresent(why -> detail.put(CustodyNotes.DETAIL, CustodyNotes.seal(found.key(), row.id(), why)));
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), step.action(), TABLE, row.sourceId(), detail));
        return new AttachmentDownload(row.id(), row.sourceId(), name, MediaTypes.served(row.mediaType()),
                digest.size(), digest.sha256(), row.storageKey(), ChunkCipher.of(found.key(), contentField(row.id())));
    }

    /** Sends a verified download. The file was checked moments ago; a difference now means it changed under us. */
    void send(User user, AttachmentDownload download, OutputStream out) throws IOException {
        SealedFile.Digest sent;
        try (InputStream in = files.open(download.storageKey())) {
            sent = SealedFile.open(in, out, download.cipher());
        } catch (SealedFormatException e) {
            sent = new SealedFile.Digest(-1, new byte[32]);
        }
        if (!sent.matches(download.size(), download.sha256())) {
            String reason = "the file changed between verification and sending; the transfer was cut off";
            log.error("attachment {} of source {}: {}", download.id(), download.sourceId(), reason);
            jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "attachment.integrity_failed", TABLE,
                    download.sourceId(), Map.of("attachment_id", download.id().toString(), "reason", reason)));
            throw new IOException("attachment " + download.id() + ": " + reason);
        }
        out.flush();
    }

    private SealedFile.Digest verify(User user, AttachmentStore.Row row, SubjectKey key) {
        SealedFile.Digest digest;
        try (InputStream in = files.open(row.storageKey())) {
            digest = SealedFile.open(in, OutputStream.nullOutputStream(), ChunkCipher.of(key, contentField(row.id())));
        } catch (SealedFormatException e) {
            throw integrityFailure(user, row, e.getMessage(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw integrityFailure(user, row, "the sealed file is missing from the attachments folder", e);
        } catch (IOException e) {
            throw integrityFailure(user, row, "the sealed file cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (digest.size() != row.size()) {
            throw integrityFailure(user, row, "the decrypted file has " + digest.size() + " bytes, not the "
                    + row.size() + " recorded at upload", null);
        }
        if (!digest.matches(row.size(), row.sha256())) {
            throw integrityFailure(user, row, "the decrypted file's SHA-256 differs from the one recorded at upload", null);
        }
        return digest;
    }

    /** Audits the failure (in its own transaction, so it stays) and gives the exception the web layer answers 500 to. */
    private VaultIntegrityException integrityFailure(User user, AttachmentStore.Row row, String reason, Throwable cause) {
        Map<String, Object> detail = new LinkedHashMap<>(facts(row));
        detail.put("reason", reason);
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "attachment.integrity_failed", TABLE,
                row.sourceId(), detail));
        return new VaultIntegrityException("attachment " + row.id() + " of source " + row.sourceId()
                + " failed its integrity check: " + reason, cause);
    }

    private boolean mayDownload(User user, AttachmentStore.SourceRow source) {
        return !source.kind().equals("testimony") || access.canReadIdentity(user);
    }

    /** What the audit log says about an attachment: which one, how large, which hash; never its name. */
    private static Map<String, Object> facts(AttachmentStore.Row row) {
        return Map.of("attachment_id", row.id().toString(), "size", row.size(),
                "sha256", HexFormat.of().formatHex(row.sha256()));
    }

    private static Attachment view(AttachmentStore.Row row, Optional<SubjectKey> key) {
        Optional<String> name = Optional.empty();
        boolean damaged = false;
        if (key.isPresent()) {
            try {
                name = Optional.of(key.get().decrypt(nameField(row.id()), row.fileNameEnc()));
            } catch (VaultIntegrityException e) {
                damaged = true;
            }
        }
        return new Attachment(row.id(), row.sourceId(), name, damaged, row.mediaType(), row.size(),
                HexFormat.of().formatHex(row.sha256()), Optional.ofNullable(row.derivedFrom()),
                Optional.ofNullable(row.createdByName()), row.createdAt());
    }
}
