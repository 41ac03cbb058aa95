package org.kirok.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;

/**
 * Master-key rotation inside the running server, without downtime: a new primary master key is added and written to
 * the key file (the previous file kept beside it), the vault switches to it at once — new data keys are wrapped
 * under it — and every existing data key is then re-wrapped in small transactions while people keep working; each
 * data key is readable under the old or the new key at every moment. A passphrase-protected key file needs its
 * passphrase, checked against the file before anything changes. One rotation at a time (a second waits for the first). Thread-safe.
 */
public final class LiveRotation {
    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final Path keyFile;
    private volatile boolean running;

    public LiveRotation(Jdbi jdbi, IdentityVault vault, AuditLog audit, Path keyFile) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.keyFile = keyFile;
    }

    /** What an administrator sees: the primary key, how many master keys the file holds, data keys per master key. */
    public record Status(long primaryId, int masterKeys, Map<Long, Long> dataKeysByMaster, boolean protectedFile,
                         boolean rotating) {
    }

    public Status status() {
        Map<Long, Long> byMaster = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT master_key_id, count(*) FROM vault_key WHERE wrapped_key IS NOT NULL
                GROUP BY master_key_id ORDER BY count(*) DESC""")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> byMaster.put(e.getKey(), e.getValue())));
        return new Status(vault.primaryMasterKeyId(), vault.keys().master().size(), byMaster,
                KeyFile.isProtected(keyFile), running);
    }

    /** What a rotation did. */
    public record Result(long newPrimaryId, long rewrapped, String previousFile) {
    }

    public synchronized Result rotate(Actor actor, Optional<char[]> passphrase) {
        boolean protectedFile = KeyFile.isProtected(keyFile);
        if (protectedFile) {
            char[] given = passphrase.filter(p -> p.length > 0).orElseThrow(() -> new InvalidInputException(
                    "passphrase", "the key file is protected: give its passphrase to write the new key into it"));
            try {
                KeyFile.load(keyFile, given::clone);
            } catch (IllegalStateException e) {
                throw new InvalidInputException("passphrase", "that is not the key file's passphrase; nothing changed");
            }
        }
        running = true;
        try {
            VaultKeys rotated = KeyRotation.withNewPrimary(vault.keys());
            Path previous = keyFile.resolveSibling(keyFile.getFileName() + ".before-rotation-" + System.currentTimeMillis());
            Files.copy(keyFile, previous);
            KeyFile.write(keyFile, rotated, protectedFile ? passphrase : Optional.empty());
            vault.use(rotated);
            long rewrapped = KeyRotation.rewrap(jdbi, rotated, n -> { });
            long primary = vault.primaryMasterKeyId();
            jdbi.useTransaction(h -> audit.record(h, actor, "keys.rotated", Map.of("new_primary", primary,
                    "rewrapped", rewrapped)));
            return new Result(primary, rewrapped, previous.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of the key file: " + e.getMessage(), e);
        } finally {
            running = false;
        }
    }
}
