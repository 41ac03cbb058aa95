package org.kirok.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One audit log row. Its hash covers the previous entry's hash and every field, in a fixed text form, so
 * changing, removing or inserting any row breaks the chain from that row on.
 */
public record AuditEntry(long seq, Instant at, Optional<UUID> actorId, String actorLabel, String action,
                         Optional<String> entity, Optional<UUID> entityId, String detail,
                         byte[] prevHash, byte[] hash) {

    static byte[] computeHash(long seq, Instant at, Optional<UUID> actorId, String actorLabel, String action,
                              Optional<String> entity, Optional<UUID> entityId, String detail, byte[] prevHash) {
        String canonical = String.join("\u001f",
                Long.toString(seq), at.toString(), actorId.map(UUID::toString).orElse(""), actorLabel, action,
                entity.orElse(""), entityId.map(UUID::toString).orElse(""), detail);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prevHash);
            sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    byte[] expectedHash() {
        return computeHash(seq, at, actorId, actorLabel, action, entity, entityId, detail, prevHash);
    }
}
