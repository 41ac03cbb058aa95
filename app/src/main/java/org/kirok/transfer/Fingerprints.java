package org.kirok.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kirok.vault.IdentityVault;

/**
 * Keyed hashes of imported rows. An unchanged row is recognised without keeping its content: the hash is keyed
 * with the vault's blind-index key, so a copy of the database cannot be used to confirm a guessed name.
 */
final class Fingerprints {
    private final IdentityVault vault;

    Fingerprints(IdentityVault vault) {
        this.vault = vault;
    }

    byte[] of(String entity, TabularFile.Line line, List<String> columns) {
        StringBuilder canonical = new StringBuilder("import\u001f").append(entity);
        for (String column : columns) {
            canonical.append('\u001f').append(column).append('=').append(line.get(column));
        }
        return vault.blindIndex(canonical.toString());
    }

    boolean unchanged(Handle handle, String entity, String externalId, byte[] fingerprint) {
        Optional<byte[]> stored = handle.createQuery(
                        "SELECT fingerprint FROM import_fingerprint WHERE entity = :e AND external_id = :x")
                .bind("e", entity).bind("x", externalId).mapTo(byte[].class).findOne();
        return stored.map(s -> Arrays.equals(s, fingerprint)).orElse(false);
    }

    void remember(Handle handle, String entity, String externalId, byte[] fingerprint) {
        handle.createUpdate("""
                INSERT INTO import_fingerprint (entity, external_id, fingerprint) VALUES (:e, :x, :f)
                ON CONFLICT (entity, external_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, imported_at = now()""")
                .bind("e", entity).bind("x", externalId).bind("f", fingerprint).execute();
    }
}
