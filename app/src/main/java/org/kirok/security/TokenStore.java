package org.kirok.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** API tokens: stored only as SHA-256, optionally expiring, revocable. */
public final class TokenStore {

    /** A live token: whose it is and whether it may only read. */
    public record Token(UUID id, UUID userId, boolean readOnly) {
    }

    /** A token as its owner sees it in the list (never the secret, which exists only at creation). */
    public record Listed(UUID id, String name, boolean readOnly, Instant createdAt, Optional<Instant> expiresAt,
                         Optional<Instant> lastUsedAt, boolean revoked) {
    }

    public UUID create(Handle handle, UUID userId, String name, String secret, Optional<Instant> expiresAt) {
        return create(handle, userId, name, secret, expiresAt, false);
    }

    public UUID create(Handle handle, UUID userId, String name, String secret, Optional<Instant> expiresAt,
                       boolean readOnly) {
        UUID id = UUID.randomUUID();
        handle.createUpdate("""
                INSERT INTO api_token (id, token_hash, user_id, name, expires_at, scopes)
                VALUES (:id, :hash, :user, :name, :expires, :scopes)
                ON CONFLICT (token_hash) DO NOTHING""")
                .bind("id", id).bind("hash", Tokens.sha256(secret)).bind("user", userId).bind("name", name)
                .bind("expires", expiresAt.orElse(null))
                .bindArray("scopes", String.class, readOnly ? java.util.List.of("read") : java.util.List.of("read", "write"))
                .execute();
        return id;
    }

    /** The live token for a secret; touches its last use. */
    public Optional<Token> find(Handle handle, String secret) {
        Instant now = Instant.now();
        return handle.createQuery("""
                UPDATE api_token SET last_used_at = :now
                WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
                RETURNING id, user_id, NOT ('write' = ANY(scopes)) AS read_only""")
                .bind("now", now).bind("hash", Tokens.sha256(secret))
                .map((rs, c) -> new Token(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3)))
                .findOne();
    }

    public java.util.List<Listed> of(Handle handle, UUID userId) {
        return handle.createQuery("""
                SELECT id, name, NOT ('write' = ANY(scopes)), created_at, expires_at, last_used_at, revoked_at IS NOT NULL
                FROM api_token WHERE user_id = :user ORDER BY created_at DESC""")
                .bind("user", userId)
                .map((rs, c) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant(), Optional.ofNullable(rs.getTimestamp(5)).map(java.sql.Timestamp::toInstant),
                        Optional.ofNullable(rs.getTimestamp(6)).map(java.sql.Timestamp::toInstant), rs.getBoolean(7)))
                .list();
    }

    public boolean revoke(Handle handle, UUID tokenId, UUID userId) {
        return handle.createUpdate("""
                UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .bind("now", Instant.now()).bind("id", tokenId).bind("user", userId).execute() == 1;
    }
}
