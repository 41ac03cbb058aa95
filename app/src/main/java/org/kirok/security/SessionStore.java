package org.kirok.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Login sessions. The cookie holds a random secret; the database holds only its SHA-256, so a copy of the
 * database does not let anyone take over a session. Idle and absolute timeouts bound a stolen cookie.
 */
public final class SessionStore {
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(2);
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

    /** A live session as the web layer sees it. */
    public record Session(UUID userId, String csrfToken, boolean secondFactorDone) {
    }

    /** Creates a session and returns the secret for the cookie. */
    public String create(Handle handle, UUID userId, boolean secondFactorDone) {
        String secret = Tokens.newSecret();
        Instant now = Instant.now();
        handle.createUpdate("""
                INSERT INTO user_session (token_hash, user_id, csrf_token, second_factor_done, created_at,
                                          last_seen_at, expires_at)
                VALUES (:hash, :user, :csrf, :second, :now, :now, :expires)""")
                .bind("hash", Tokens.sha256(secret)).bind("user", userId).bind("csrf", Tokens.newSecret())
                .bind("second", secondFactorDone).bind("now", now).bind("expires", now.plus(ABSOLUTE_TIMEOUT))
                .execute();
        return secret;
    }

    /** The session for a cookie secret if it is live; touches its idle clock. */
    public Optional<Session> find(Handle handle, String secret) {
        Instant now = Instant.now();
        return handle.createQuery("""
                UPDATE user_session SET last_seen_at = :now
                WHERE token_hash = :hash AND expires_at > :now AND last_seen_at > :idleLimit
                RETURNING user_id, csrf_token, second_factor_done""")
                .bind("now", now).bind("hash", Tokens.sha256(secret)).bind("idleLimit", now.minus(IDLE_TIMEOUT))
                .map((rs, ctx) -> new Session(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
                .findOne();
    }

    public void markSecondFactorDone(Handle handle, String secret) {
        handle.createUpdate("UPDATE user_session SET second_factor_done = true WHERE token_hash = :hash")
                .bind("hash", Tokens.sha256(secret)).execute();
    }

    public void delete(Handle handle, String secret) {
        handle.createUpdate("DELETE FROM user_session WHERE token_hash = :hash")
                .bind("hash", Tokens.sha256(secret)).execute();
    }

    /** Ends every session of a user, e.g. after a password change or when an account is disabled. */
    public void deleteAllOf(Handle handle, UUID userId) {
        handle.createUpdate("DELETE FROM user_session WHERE user_id = :user").bind("user", userId).execute();
    }

    public int deleteExpired(Handle handle) {
        Instant now = Instant.now();
        return handle.createUpdate("DELETE FROM user_session WHERE expires_at <= :now OR last_seen_at <= :idle")
                .bind("now", now).bind("idle", now.minus(IDLE_TIMEOUT)).execute();
    }
}
