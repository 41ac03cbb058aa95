package org.kirok.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Key rotation: a new master key becomes primary (the old ones stay in the keyset for decryption, so sealed values
 * and older backups remain readable), then every data key is re-wrapped under it in small transactions — the
 * database stays usable throughout, each data key readable under either key at every moment.
 */
public final class KeyRotation {
    private KeyRotation() {
    }

    /** The keys with a fresh primary master key added. */
    public static VaultKeys withNewPrimary(VaultKeys keys) {
        TinkSetup.register();
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keys.master());
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId().makePrimary());
            return new VaultKeys(builder.build(), keys.blindIndex());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot add a new master key: " + e.getMessage(), e);
        }
    }

    /** Re-wraps every live data key under the primary master key of {@code keys}; returns how many. */
    public static long rewrap(Jdbi jdbi, VaultKeys keys, LongConsumer progress) {
        TinkSetup.register();
        try {
            Aead master = keys.master().getPrimitive(RegistryConfiguration.get(), Aead.class);
            long primaryId = keys.master().getPrimary().getId() & 0xffffffffL;
            long done = 0;
            while (true) {
                List<Object[]> batch = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT subject_table, subject_id, wrapped_key FROM vault_key
                        WHERE wrapped_key IS NOT NULL AND master_key_id <> :primary LIMIT 500""")
                        .bind("primary", primaryId)
                        .map((rs, c) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class), rs.getBytes(3)}).list());
                if (batch.isEmpty()) {
                    return done;
                }
                jdbi.useTransaction(handle -> {
                    for (Object[] row : batch) {
                        byte[] context = ("kirok-dek|" + row[0] + "|" + row[1]).getBytes(StandardCharsets.UTF_8);
                        try {
                            KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset((byte[]) row[2], master, context);
                            byte[] rewrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master, context);
                            handle.createUpdate("""
                                    UPDATE vault_key SET wrapped_key = :w, master_key_id = :m
                                    WHERE subject_table = :t AND subject_id = :id AND wrapped_key IS NOT NULL""")
                                    .bind("w", rewrapped).bind("m", primaryId).bind("t", (String) row[0])
                                    .bind("id", (UUID) row[1]).execute();
                        } catch (GeneralSecurityException e) {
                            throw new VaultIntegrityException("the data key of " + row[0] + "/" + row[1]
                                    + " cannot be unwrapped during rotation", e);
                        }
                    }
                });
                done += batch.size();
                progress.accept(batch.size());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the master key: " + e.getMessage(), e);
        }
    }
}
