package org.kirok.vault;

/** Ciphertext or a wrapped key failed authentication: tampering, a wrong key file, or a copied value. */
public final class VaultIntegrityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VaultIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
