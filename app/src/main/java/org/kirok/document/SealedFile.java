package org.kirok.document;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The on-disk form of an attachment: the plaintext cut into chunks, each sealed on its own, so that files of any
 * size are encrypted and verified in constant memory. This is the STREAM construction of Hoang, Reyhanitabar,
 * Rogaway and Vizár, "Online Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance" (CRYPTO 2015): every
 * chunk authenticates its position and whether it is the last, so chunks cannot be dropped, repeated, reordered or
 * cut off without detection. Here the position, the last-chunk flag and the file header travel inside the sealed
 * plaintext (the AEAD, AES-256-GCM with a random nonce per chunk, authenticates them), and the associated data
 * names the attachment, so every byte of the file is covered.
 *
 * <pre>
 * file   = header, { length:int32, ciphertext }          header = "KIROKAF1", chunk exponent:int8
 * sealed = header, index:int64, last:int8, data           every chunk but the last holds exactly 2^exponent bytes
 * </pre>
 *
 * <p>Stateless; the methods are thread-safe as long as the streams are not shared.
 */
final class SealedFile {
    static final int DEFAULT_CHUNK_EXPONENT = 20; // 1 MiB chunks
    private static final byte[] MAGIC = "KIROKAF1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 1;
    private static final int CHUNK_PREFIX = HEADER + Long.BYTES + 1;
    /** Larger than any AEAD's nonce, tag and key-id prefix together. */
    private static final int MAX_OVERHEAD = 256;

    private SealedFile() {
    }

    /** The size and SHA-256 of the plaintext that was sealed or opened. */
    record Digest(long size, byte[] sha256) {
        Digest {
            sha256 = sha256.clone();
        }

        @Override
        public byte[] sha256() {
            return sha256.clone();
        }

        boolean matches(long expectedSize, byte[] expectedSha256) {
            return size == expectedSize && MessageDigest.isEqual(sha256, expectedSha256);
        }
    }

    /**
     * Seals everything {@code plaintext} yields into {@code sealed}, refusing more than {@code maxBytes} with
     * {@link UploadLimits#fileTooLarge()} as soon as the limit is passed.
     */
    static Digest seal(InputStream plaintext, OutputStream sealed, ChunkCipher cipher, int chunkExponent, long maxBytes)
            throws IOException {
        int chunk = chunkSize(chunkExponent);
        byte[] header = header(chunkExponent);
        MessageDigest sha = sha256();
        DataOutputStream out = new DataOutputStream(sealed);
        out.write(header);
        byte[] current = plaintext.readNBytes(chunk);
        long size = current.length;
        long index = 0;
        while (true) {
            byte[] next = current.length < chunk ? new byte[0] : plaintext.readNBytes(chunk);
            size += next.length;
            if (size > maxBytes) {
                throw UploadLimits.fileTooLarge();
            }
            boolean last = next.length == 0;
            sha.update(current);
            byte[] ciphertext = cipher.seal(chunkPlaintext(header, index, last, current));
            out.writeInt(ciphertext.length);
            out.write(ciphertext);
            if (last) {
                break;
            }
            current = next;
            index++;
        }
        out.flush();
        return new Digest(size, sha.digest());
    }

    /**
     * Opens a sealed file, writing the plaintext to {@code plaintext} chunk by chunk, and returns what it hashed to.
     * Throws {@link SealedFormatException} at the first sign of tampering; what was written before that must be
     * thrown away by the caller (downloads verify a whole file before sending any of it).
     */
    static Digest open(InputStream sealed, OutputStream plaintext, ChunkCipher cipher) throws IOException {
        DataInputStream in = new DataInputStream(sealed);
        byte[] header = new byte[HEADER];
        readFully(in, header, "the file header");
        if (!Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new SealedFormatException("the file does not start like an attachment sealed by Kirok");
        }
        int exponent = header[MAGIC.length];
        if (exponent < 10 || exponent > 24) {
            throw new SealedFormatException("the file header names an impossible chunk size 2^" + exponent);
        }
        int chunk = chunkSize(exponent);
        MessageDigest sha = sha256();
        long size = 0;
        for (long index = 0; ; index++) {
            int length = readLength(in, index);
            if (length < CHUNK_PREFIX || length > chunk + CHUNK_PREFIX + MAX_OVERHEAD) {
                throw new SealedFormatException("chunk " + index + " claims an impossible length " + length);
            }
            byte[] ciphertext = new byte[length];
            readFully(in, ciphertext, "chunk " + index);
            byte[] opened;
            try {
                opened = cipher.open(ciphertext);
            } catch (RuntimeException e) {
                throw new SealedFormatException("chunk " + index + " fails authentication", e);
            }
            boolean last = checkPrefix(opened, header, index);
            int dataLength = opened.length - CHUNK_PREFIX;
            if (dataLength > chunk || (!last && dataLength != chunk)) {
                throw new SealedFormatException("chunk " + index + " holds " + dataLength + " bytes");
            }
            sha.update(opened, CHUNK_PREFIX, dataLength);
            plaintext.write(opened, CHUNK_PREFIX, dataLength);
            size += dataLength;
            if (last) {
                if (in.read() >= 0) {
                    throw new SealedFormatException("bytes follow the last chunk");
                }
                return new Digest(size, sha.digest());
            }
        }
    }

    private static boolean checkPrefix(byte[] opened, byte[] header, long index) {
        if (opened.length < CHUNK_PREFIX || !Arrays.equals(opened, 0, HEADER, header, 0, HEADER)) {
            throw new SealedFormatException("chunk " + index + " was sealed for a different file header");
        }
        long sealedIndex = ByteBuffer.wrap(opened, HEADER, Long.BYTES).getLong();
        if (sealedIndex != index) {
            throw new SealedFormatException("chunk " + index + " was sealed as chunk " + sealedIndex
                    + " (chunks reordered, repeated or dropped)");
        }
        byte flag = opened[HEADER + Long.BYTES];
        if (flag != 0 && flag != 1) {
            throw new SealedFormatException("chunk " + index + " has an impossible last-chunk flag");
        }
        return flag == 1;
    }

    private static int readLength(DataInputStream in, long index) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new SealedFormatException("the file ends before its last chunk (after " + index + " chunks): "
                    + "it was cut off");
        }
    }

    private static void readFully(DataInputStream in, byte[] target, String what) throws IOException {
        try {
            in.readFully(target);
        } catch (EOFException e) {
            throw new SealedFormatException("the file ends inside " + what + ": it was cut off");
        }
    }

    private static byte[] chunkPlaintext(byte[] header, long index, boolean last, byte[] data) {
        return ByteBuffer.allocate(CHUNK_PREFIX + data.length).put(header).putLong(index).put((byte) (last ? 1 : 0))
                .put(data).array();
    }

    private static byte[] header(int chunkExponent) {
        byte[] header = Arrays.copyOf(MAGIC, HEADER);
        header[MAGIC.length] = (byte) chunkExponent;
        return header;
    }

    private static int chunkSize(int exponent) {
        if (exponent < 10 || exponent > 24) {
            throw new IllegalArgumentException("chunk exponent must lie between 10 and 24: " + exponent);
        }
        return 1 << exponent;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
