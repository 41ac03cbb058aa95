package org.kirok.vault;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * The unwrapped data key of one protected record. Each field is encrypted with the table, the record id
 * and the field name as associated data, so a ciphertext copied to another row or field fails to decrypt.
 * Thread-safe.
 */
public final class SubjectKey {
    private final Subject subject;
    private final Aead aead;

    SubjectKey(Subject subject, Aead aead) {
        this.subject = subject;
        this.aead = aead;
    }

    public Subject subject() {
        return subject;
    }

    public byte[] encrypt(String field, String plaintext) {
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), subject.fieldContext(field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed for " + subject + "." + field, e);
        }
    }

    /** Encrypts an optional value; empty or blank gives no ciphertext (SQL NULL). */
    public byte[] encryptOptional(String field, Optional<String> plaintext) {
        return plaintext.filter(s -> !s.isBlank()).map(s -> encrypt(field, s)).orElse(null);
    }

    public byte[] encryptBytes(String field, byte[] plaintext) {
        try {
            return aead.encrypt(plaintext, subject.fieldContext(field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed for " + subject + "." + field, e);
        }
    }

    public String decrypt(String field, byte[] ciphertext) {
        return new String(decryptBytes(field, ciphertext), StandardCharsets.UTF_8);
    }

    public Optional<String> decryptOptional(String field, byte[] ciphertext) {
        return ciphertext == null ? Optional.empty() : Optional.of(decrypt(field, ciphertext));
    }

    public byte[] decryptBytes(String field, byte[] ciphertext) {
        try {
            return aead.decrypt(ciphertext, subject.fieldContext(field));
        } catch (GeneralSecurityException e) {
            throw new VaultIntegrityException("the field " + subject + "." + field
                    + " does not decrypt: it was altered or moved from another record", e);
        }
    }
}
