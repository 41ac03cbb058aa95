package org.kirok.search.index.cipher;

import java.io.IOException;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import org.apache.lucene.store.IndexOutput;

/**
 * Writes one index file encrypted: a header (magic, random initial counter), then the bytes Lucene writes,
 * XORed with the AES-CTR keystream. The checksum Lucene asks for is the CRC-32 of the plaintext, which is what
 * its codecs write into (and later verify from) the file's footer. Not thread-safe (Lucene writes a file from one
 * thread).
 */
final class EncryptingOutput extends IndexOutput {
    private static final int BUFFER = 16 * 1024;

    private final IndexOutput ciphertext;
    private final Cipher cipher;
    private final CRC32 crc = new CRC32();
    private final byte[] plain = new byte[BUFFER];
    private final byte[] encrypted = new byte[BUFFER];
    private int buffered;
    private long flushed;

    EncryptingOutput(IndexOutput ciphertext, Keystream keystream, byte[] initialCounter) throws IOException {
        super("encrypted(" + ciphertext + ")", ciphertext.getName());
        this.ciphertext = ciphertext;
        this.cipher = keystream.streamFromStart(initialCounter);
        FileHeader.write(ciphertext, initialCounter);
    }

    @Override
    public void writeByte(byte b) throws IOException {
        if (buffered == BUFFER) {
            flushBuffer();
        }
        plain[buffered++] = b;
    }

    @Override
    public void writeBytes(byte[] bytes, int offset, int length) throws IOException {
        int written = 0;
        while (written < length) {
            if (buffered == BUFFER) {
                flushBuffer();
            }
            int chunk = Math.min(length - written, BUFFER - buffered);
            System.arraycopy(bytes, offset + written, plain, buffered, chunk);
            buffered += chunk;
            written += chunk;
        }
    }

    private void flushBuffer() throws IOException {
        if (buffered == 0) {
            return;
        }
        crc.update(plain, 0, buffered);
        try {
            int produced = cipher.update(plain, 0, buffered, encrypted, 0);
            if (produced != buffered) {
                throw new IllegalStateException("AES-CTR produced " + produced + " bytes for " + buffered);
            }
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        ciphertext.writeBytes(encrypted, 0, buffered);
        flushed += buffered;
        buffered = 0;
    }

    @Override
    public long getFilePointer() {
        return flushed + buffered;
    }

    @Override
    public long getChecksum() throws IOException {
        flushBuffer(); // a stream cipher continues exactly where a partial buffer ended
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        try (IndexOutput closing = ciphertext) {
            flushBuffer();
        }
    }
}
