package org.kirok.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Envelope encryption of identity fields: each protected record (a person, a testimony…) has its own data
 * key (AES-256-GCM, Tink), stored in {@code vault_key} only wrapped by the master key, which lives outside the
 * database. Destroying a record's data key makes all its fields unreadable for ever (crypto-shredding).
 *
 * <p>Thread-safe. Unwrapped data keys are cached in memory only.
 */
public final class IdentityVault {

    /** The master keyset in use: its AEAD (every key, for unwrapping) and the id of the primary (for wrapping). */
    private record Master(VaultKeys keys, Aead aead, long primaryId) {
        static Master of(VaultKeys keys) {
            try {
                return new Master(keys, keys.master().getPrimitive(RegistryConfiguration.get(), Aead.class),
                        keys.master().getPrimary().getId() & 0xffffffffL);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the vault keys cannot be used: " + e.getMessage(), e);
            }
        }
    }

    private volatile Master current;
    private final PrfSet blindIndex;
    private final DataKeyCache cache = new DataKeyCache(20_000);

    public IdentityVault(VaultKeys keys) {
        TinkSetup.register();
        this.current = Master.of(keys);
        try {
            this.blindIndex = keys.blindIndex().getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the vault keys cannot be used: " + e.getMessage(), e);
        }
    }

    /** The keys in use (for a rotation, which adds a primary and hands them back through {@link #use}). */
    public VaultKeys keys() {
        return current.keys();
    }

    /**
     * Switches to a keyset with a new primary master key while the server runs. Every old master key must still be in
     * the set, so that data keys not yet re-wrapped stay readable; the blind-index key is not rotated (every lookup
     * key would have to be recomputed from names only the vault can read).
     */
    public synchronized void use(VaultKeys keys) {
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (int i = 0; i < keys.master().size(); i++) {
            ids.add(keys.master().getAt(i).getId());
        }
        for (int i = 0; i < current.keys().master().size(); i++) {
            if (!ids.contains(current.keys().master().getAt(i).getId())) {
                throw new IllegalArgumentException("the new keyset lacks master key "
                        + Integer.toUnsignedString(current.keys().master().getAt(i).getId()) + " still in use");
            }
        }
        current = Master.of(new VaultKeys(keys.master(), current.keys().blindIndex()));
    }

    /** The id of the primary master key, as stored beside each wrapped data key. */
    public long primaryMasterKeyId() {
        return current.primaryId();
    }

    /** Creates and stores the data key of a new protected record. */
    public SubjectKey create(Handle handle, Subject subject) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            Master master = current;
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master.aead(),
                    subject.wrappingContext());
            handle.createUpdate("""
                    INSERT INTO vault_key (subject_table, subject_id, wrapped_key, master_key_id)
                    VALUES (:table, :id, :wrapped, :master)""")
                    .bind("table", subject.table()).bind("id", subject.id())
                    .bind("wrapped", wrapped).bind("master", master.primaryId())
                    .execute();
            SubjectKey key = new SubjectKey(subject, dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class));
            cache.put(subject, key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a data key: " + e.getMessage(), e);
        }
    }

    /** The data key of an existing record; empty when it was erased (its key destroyed). */
    public Optional<SubjectKey> key(Handle handle, Subject subject) {
        return Optional.ofNullable(keys(handle, subject.table(), List.of(subject.id())).get(subject.id()));
    }

    /** Data keys of many records of one table in one query; erased records are absent from the map. */
    public Map<UUID, SubjectKey> keys(Handle handle, String table, Collection<UUID> ids) {
        Map<UUID, SubjectKey> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Optional<SubjectKey> cached = cache.get(new Subject(table, id));
            if (cached.isPresent()) {
                found.put(id, cached.get());
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        handle.createQuery("""
                SELECT subject_id, wrapped_key FROM vault_key
                WHERE subject_table = :table AND subject_id = ANY(:ids) AND wrapped_key IS NOT NULL""")
                .bind("table", table)
                .bindArray("ids", UUID.class, missing)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getBytes(2)))
                .forEach(row -> {
                    Subject subject = new Subject(table, row.getKey());
                    SubjectKey key = unwrap(subject, row.getValue());
                    cache.put(subject, key);
                    found.put(row.getKey(), key);
                });
        return found;
    }

    private SubjectKey unwrap(Subject subject, byte[] wrapped) {
        try {
            KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, current.aead(),
                    subject.wrappingContext());
            return new SubjectKey(subject, dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            throw new VaultIntegrityException("the data key of " + subject + " cannot be unwrapped: was the key file "
                    + "replaced, or the vault_key row altered?", e);
        }
    }

    /** Destroys the data key of a record (crypto-shredding). Returns whether a live key was destroyed. */
    public boolean destroy(Handle handle, Subject subject) {
        cache.forget(subject);
        return handle.createUpdate("""
                UPDATE vault_key SET wrapped_key = NULL, destroyed_at = :now
                WHERE subject_table = :table AND subject_id = :id AND wrapped_key IS NOT NULL""")
                .bind("now", Instant.now()).bind("table", subject.table()).bind("id", subject.id())
                .execute() == 1;
    }

    /** The keyed blind index of a normalized lookup key: 16 bytes of HMAC-SHA256, never the key itself. */
    public byte[] blindIndex(String normalizedKey) {
        try {
            return blindIndex.computePrimary(normalizedKey.getBytes(StandardCharsets.UTF_8), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed: " + e.getMessage(), e);
        }
    }

    /** Encrypts installation-level secrets (e.g. TOTP seeds) directly under the master key. */
    public byte[] sealSecret(String context, byte[] secret) {
        try {
            return current.aead().encrypt(secret, ("kirok-secret|" + context).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret: " + e.getMessage(), e);
        }
    }

    public byte[] openSecret(String context, byte[] sealed) {
        try {
            return current.aead().decrypt(sealed, ("kirok-secret|" + context).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new VaultIntegrityException("a sealed secret cannot be opened (" + context + ")", e);
        }
    }

}
