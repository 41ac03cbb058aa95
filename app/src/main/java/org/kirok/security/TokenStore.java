package org.kirok.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** API tokens: stored only as SHA-256, optionally expiring, revocable. */
public final class TokenStore {

    public UUID create(Handle handle, UUID userId, String name, String secret, Optional<Instant> expiresAt) {
        UUID id = UUID.randomUUID();
        handle.createUpdate("""
                INSERT INTO api_token (id, token_hash, user_id, name, expires_at)
                VALUES (:id, :hash, :user, :name, :expires)
                ON CONFLICT (token_hash) DO NOTHING""")
                .bind("id", id).bind("hash", Tokens.sha256(secret)).bind("user", userId).bind("name", name)
                .bind("expires", expiresAt.orElse(null))
                .execute();
        return id;
    }

    /** The user a live token belongs to. */
    public Optional<UUID> userOf(Handle handle, String secret) {
        Instant now = Instant.now();
        return handle.createQuery("""
                UPDATE api_token SET last_used_at = :now
                WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
                RETURNING user_id""")
                .bind("now", now).bind("hash", Tokens.sha256(secret))
                .mapTo(UUID.class).findOne();
    }

    public boolean revoke(Handle handle, UUID tokenId, UUID userId) {
        return handle.createUpdate("""
                UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .bind("now", Instant.now()).bind("id", tokenId).bind("user", userId).execute() == 1;
    }
}
