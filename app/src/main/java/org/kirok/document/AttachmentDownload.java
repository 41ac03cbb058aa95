package org.kirok.document;

import java.util.HexFormat;
import java.util.UUID;

/**
 * A download that passed verification: what to call it, what to serve it as, its size and SHA-256, and how to read
 * it again for sending.
 */
record AttachmentDownload(UUID id, UUID sourceId, String fileName, String servedType, long size, byte[] sha256,
                          String storageKey, ChunkCipher cipher) {
    AttachmentDownload {
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    /** RFC 9530 {@code Repr-Digest}, so a client can check what it received on its own. */
    String reprDigest() {
        return "sha-256=:" + java.util.Base64.getEncoder().encodeToString(sha256) + ":";
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }
}
