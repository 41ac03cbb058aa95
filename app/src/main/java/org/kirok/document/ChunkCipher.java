package org.kirok.document;

import org.kirok.vault.SubjectKey;

/**
 * Authenticated encryption of one chunk of an attachment. In production it is the source's data key from the
 * identity vault (AES-256-GCM through Tink) with the field {@code attachment:<attachment id>} bound in as associated
 * data, so a chunk cannot be moved to another attachment or another source.
 */
interface ChunkCipher {

    byte[] seal(byte[] plaintext);

    /** Decrypts and authenticates; throws when the ciphertext was altered or belongs elsewhere. */
    byte[] open(byte[] ciphertext);

    static ChunkCipher of(SubjectKey key, String field) {
        return new ChunkCipher() {
            @Override
            public byte[] seal(byte[] plaintext) {
                return key.encryptBytes(field, plaintext);
            }

            @Override
            public byte[] open(byte[] ciphertext) {
                return key.decryptBytes(field, ciphertext);
            }
        };
    }
}
