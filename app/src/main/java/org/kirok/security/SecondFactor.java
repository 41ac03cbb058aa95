package org.kirok.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.vault.IdentityVault;

/**
 * The second factor: TOTP secrets sealed under the master key (never in clear in the database), enrolment
 * confirmed by a first code, ten one-time recovery codes (stored as SHA-256), a code usable once. Required of
 * everyone who can read identities ({@link AccessPolicy#needsSecondFactor}; NIST 800-63B AAL2). Thread-safe.
 */
public final class SecondFactor {
    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final Totp totp;

    public SecondFactor(Jdbi jdbi, IdentityVault vault, AuditLog audit, Totp totp) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.totp = totp;
    }

    /** Starts (or restarts) enrolment: a new secret, kept sealed as pending until a code confirms it. */
    public byte[] begin(User user) {
        byte[] secret = Totp.newSecret();
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE app_user SET totp_pending_enc = :s WHERE id = :id")
                .bind("s", vault.sealSecret(context(user.id()), secret)).bind("id", user.id()).execute());
        return secret;
    }

    /** Confirms enrolment with a code from the app; returns the recovery codes (shown once) or empty if wrong. */
    public Optional<List<String>> confirm(User user, String code) {
        return jdbi.inTransaction(handle -> {
            byte[] sealed = handle.createQuery("SELECT totp_pending_enc FROM app_user WHERE id = :id")
                    .bind("id", user.id()).mapTo(byte[].class).findOne().orElse(null);
            if (sealed == null) {
                return Optional.<List<String>>empty();
            }
            byte[] secret = vault.openSecret(context(user.id()), sealed);
            OptionalLong step = totp.verify(secret, code, Long.MIN_VALUE);
            if (step.isEmpty()) {
                return Optional.<List<String>>empty();
            }
            handle.createUpdate("""
                    UPDATE app_user SET totp_secret_enc = totp_pending_enc, totp_pending_enc = NULL, totp_last_step = :step
                    WHERE id = :id""").bind("step", step.getAsLong()).bind("id", user.id()).execute();
            List<String> codes = newRecoveryCodes(handle, user.id());
            audit.record(handle, user.actor(), "totp.enrolled", "user", user.id(), Map.of());
            return Optional.of(codes);
        });
    }

    /** Checks a login's second factor: a current code not used before, or an unused recovery code (consumed). */
    public boolean verify(User user, String code) {
        return jdbi.inTransaction(handle -> {
            var row = handle.createQuery("SELECT totp_secret_enc, coalesce(totp_last_step, 0) FROM app_user WHERE id = :id FOR UPDATE")
                    .bind("id", user.id()).map((rs, c) -> Map.entry(Optional.ofNullable(rs.getBytes(1)), rs.getLong(2)))
                    .one();
            if (row.getKey().isEmpty()) {
                return false;
            }
            byte[] secret = vault.openSecret(context(user.id()), row.getKey().get());
            OptionalLong step = totp.verify(secret, code, row.getValue());
            if (step.isPresent()) {
                handle.createUpdate("UPDATE app_user SET totp_last_step = :s WHERE id = :id")
                        .bind("s", step.getAsLong()).bind("id", user.id()).execute();
                return true;
            }
            String normalized = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
            int used = handle.createUpdate("""
                    UPDATE recovery_code SET used_at = now() WHERE user_id = :id AND code_hash = :h AND used_at IS NULL""")
                    .bind("id", user.id()).bind("h", Tokens.sha256(normalized)).execute();
            if (used == 1) {
                audit.record(handle, user.actor(), "totp.recovery_code_used", "user", user.id(), Map.of());
            }
            return used == 1;
        });
    }

    /** An administrator removes a user's second factor (lost phone); the user must enrol again at next login. */
    public void reset(Handle handle, User admin, UUID userId) {
        handle.createUpdate("UPDATE app_user SET totp_secret_enc = NULL, totp_pending_enc = NULL, totp_last_step = NULL WHERE id = :id")
                .bind("id", userId).execute();
        handle.createUpdate("DELETE FROM recovery_code WHERE user_id = :id").bind("id", userId).execute();
        audit.record(handle, admin.actor(), "totp.reset", "user", userId, Map.of());
    }

    private static List<String> newRecoveryCodes(Handle handle, UUID userId) {
        handle.createUpdate("DELETE FROM recovery_code WHERE user_id = :id").bind("id", userId).execute();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = Tokens.newReadablePassword().substring(0, 11);
            codes.add(code);
            handle.createUpdate("INSERT INTO recovery_code (user_id, code_hash) VALUES (:id, :h)")
                    .bind("id", userId).bind("h", Tokens.sha256(code)).execute();
        }
        return codes;
    }

    private static String context(UUID userId) {
        return "totp:" + userId;
    }

    public String currentCode(byte[] secret) {
        return totp.now(secret);
    }
}
