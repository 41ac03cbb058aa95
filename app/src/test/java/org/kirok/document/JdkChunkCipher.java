package org.kirok.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK with a random nonce and the field as associated data: the same construction the vault
 * uses through Tink, so the file-format tests run without a database.
 */
final class JdkChunkCipher implements ChunkCipher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final byte[] associatedData;

    JdkChunkCipher(byte[] key, String field) {
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.associatedData = field.getBytes(StandardCharsets.UTF_8);
    }

    static JdkChunkCipher random(String field) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new JdkChunkCipher(key, field);
    }

    JdkChunkCipher forField(String field) {
        return new JdkChunkCipher(key.getEncoded(), field);
    }

    @Override
    public byte[] seal(byte[] plaintext) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] open(byte[] ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Arrays.copyOf(ciphertext, 12)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext, 12, ciphertext.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("does not authenticate", e);
        }
    }
}
