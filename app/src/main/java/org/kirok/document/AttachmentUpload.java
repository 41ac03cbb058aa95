package org.kirok.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;
import org.kirok.vault.SubjectKey;

/**
 * One upload in progress: the file streams through SHA-256 and chunked encryption into a temporary sealed file,
 * then {@link AttachmentService#finish} validates the rest of the form and saves the row. Closing an upload that
 * was not finished removes its file, so a refused or interrupted upload leaves nothing behind. Not thread-safe.
 */
final class AttachmentUpload implements AutoCloseable {

    /** What the stream held once sealed: cleaned file name, media type, size and SHA-256. */
    record Written(Optional<String> fileName, String mediaType, SealedFile.Digest digest) {
    }

    private final AttachmentStore.SourceRow source;
    private final SubjectKey key;
    private final UUID id;
    private final String storageKey;
    private final AttachmentFiles files;
    private Optional<Written> written = Optional.empty();
    private boolean finished;

    AttachmentUpload(AttachmentStore.SourceRow source, SubjectKey key, UUID id, String storageKey, AttachmentFiles files) {
        this.source = source;
        this.key = key;
        this.id = id;
        this.storageKey = storageKey;
        this.files = files;
    }

    /** Seals the file's bytes; only one file per upload. */
    void write(Optional<String> fileName, Optional<String> claimedType, InputStream content) throws IOException {
        if (written.isPresent()) {
            throw new InvalidInputException("file", "send one file per upload (this upload has a second 'file' part)");
        }
        Optional<String> name = FileNames.clean(fileName);
        SealedFile.Digest digest;
        try (OutputStream out = files.create(storageKey)) {
            digest = SealedFile.seal(content, out, cipher(), SealedFile.DEFAULT_CHUNK_EXPONENT,
                    UploadLimits.MAX_FILE_BYTES);
        }
        if (digest.size() == 0) {
            files.discard(storageKey);
            throw new InvalidInputException(Optional.of("file"), name.isEmpty() ? "attachment.no_file" : "attachment.empty",
                    name.isEmpty() ? "choose a file to upload" : "the file is empty (0 bytes)");
        }
        written = Optional.of(new Written(name, MediaTypes.stored(claimedType, name), digest));
    }

    Written written() {
        return written.orElseThrow(() -> new InvalidInputException(Optional.of("file"), "attachment.no_file",
                "choose a file to upload (send it as the part named 'file')"));
    }

    boolean hasFile() {
        return written.isPresent();
    }

    ChunkCipher cipher() {
        return ChunkCipher.of(key, AttachmentService.contentField(id));
    }

    AttachmentStore.SourceRow source() {
        return source;
    }

    SubjectKey key() {
        return key;
    }

    UUID id() {
        return id;
    }

    String storageKey() {
        return storageKey;
    }

    void finished() {
        finished = true;
    }

    @Override
    public void close() {
        if (!finished) {
            files.discard(storageKey);
        }
    }
}
