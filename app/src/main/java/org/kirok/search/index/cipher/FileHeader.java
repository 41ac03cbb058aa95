package org.kirok.search.index.cipher;

import java.io.IOException;
import java.security.SecureRandom;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The clear header of an encrypted index file: 4 magic bytes and the file's random initial counter. A fresh
 * random counter per file keeps keystreams from ever repeating under the one index key (2^-64 chance of overlap
 * among 2^32 files).
 */
final class FileHeader {
    static final int LENGTH = 4 + Keystream.BLOCK;
    private static final int MAGIC = 0x4b495831; // "KIX1"
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileHeader() {
    }

    static byte[] newCounter() {
        byte[] counter = new byte[Keystream.BLOCK];
        RANDOM.nextBytes(counter);
        return counter;
    }

    static void write(IndexOutput out, byte[] counter) throws IOException {
        out.writeInt(MAGIC);
        out.writeBytes(counter, counter.length);
    }

    /** Reads the initial counter; a file without the magic was not written by this directory. */
    static byte[] read(IndexInput in) throws IOException {
        if (in.length() < LENGTH) {
            throw new IOException("index file " + in + " is too short to be encrypted (" + in.length() + " bytes)");
        }
        in.seek(0);
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("index file " + in + " is not an encrypted Kirok index file (magic "
                    + Integer.toHexString(magic) + "): was it written by a plain index? Rebuild the index.");
        }
        byte[] counter = new byte[Keystream.BLOCK];
        in.readBytes(counter, 0, counter.length);
        return counter;
    }
}
