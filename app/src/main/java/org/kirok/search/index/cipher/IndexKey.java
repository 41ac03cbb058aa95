package org.kirok.search.index.cipher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The AES-256 key of the encrypted index. It is random, and stored only sealed by the master key (the same key that
 * wraps the vault's data keys), so the index files are as unreadable as the database without the key file.
 */
public final class IndexKey {
    private final byte[] bytes;

    private IndexKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** How the key is protected at rest: the vault's master key. */
    public interface Sealer {
        byte[] seal(byte[] secret);

        /** Throws when the sealed key cannot be opened (another master key, altered file). */
        byte[] open(byte[] sealed);
    }

    public static IndexKey random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new IndexKey(key);
    }

    /** Loads the sealed key, or creates and stores a new one when there is none. */
    public static IndexKey loadOrCreate(Path file, Sealer sealer) {
        try {
            if (Files.exists(file)) {
                return new IndexKey(sealer.open(Files.readAllBytes(file)));
            }
            IndexKey key = random();
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, sealer.seal(key.bytes));
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the index key " + file + ": " + e.getMessage(), e);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "IndexKey[hidden]";
    }
}
