package org.kirok.search.index.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in counter mode (NIST SP 800-38A, section 6.5) at any byte position of a file: the counter block of
 * byte {@code p} is the file's random 128-bit initial counter plus {@code p / 16}, so a reader can decrypt
 * exactly the bytes it needs, and a writer can encrypt the file as one stream. One {@link Cipher} per thread
 * (re-initialised per call; the JDK keeps the expanded key when the key does not change). Thread-safe.
 */
final class Keystream {
    static final int BLOCK = 16;
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(Keystream::newCipher);
    private static final byte[] SKIP = new byte[BLOCK];

    private final SecretKeySpec key;

    Keystream(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an index key has 32 bytes (AES-256), not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** XORs {@code length} bytes at {@code array[offset]}, which sit at file position {@code position}, in place. */
    void apply(byte[] initialCounter, long position, byte[] array, int offset, int length) {
        if (length == 0) {
            return;
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(counter(initialCounter, position / BLOCK)));
            int skip = (int) (position % BLOCK);
            if (skip > 0) {
                cipher.update(SKIP, 0, skip, new byte[skip]);
            }
            cipher.update(array, offset, length, array, offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR failed: " + e.getMessage(), e);
        }
    }

    /** A cipher that continues one stream from the start of a file, for writing. */
    Cipher streamFromStart(byte[] initialCounter) {
        try {
            Cipher cipher = newCipher();
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(initialCounter.clone()));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR failed: " + e.getMessage(), e);
        }
    }

    /** The initial counter plus {@code blocks}, as a 128-bit big-endian sum (the JDK increments all 16 bytes). */
    static byte[] counter(byte[] initial, long blocks) {
        byte[] counter = initial.clone();
        long carry = blocks;
        for (int i = BLOCK - 1; i >= 0 && carry != 0; i--) {
            long sum = (counter[i] & 0xffL) + (carry & 0xffL);
            counter[i] = (byte) sum;
            carry = (carry >>> 8) + (sum >>> 8);
        }
        return counter;
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/CTR/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no AES/CTR: " + e.getMessage(), e);
        }
    }
}
