package org.kirok.search.index.cipher;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.IndexInput;

/**
 * Reads an encrypted index file (or a slice of it) through a buffer that is decrypted on each refill: only the
 * buffered bytes are ever in the clear, and only in memory. Clones and slices share the underlying file, as Lucene
 * expects; each has its own buffer. Not thread-safe (one clone per thread, as Lucene uses inputs).
 */
final class DecryptingInput extends BufferedIndexInput {
    private IndexInput ciphertext;
    private final Keystream keystream;
    private final byte[] initialCounter;
    private final long offset;
    private final long length;
    /** Clones and slices share the original's file, which only the original closes. */
    private boolean shared;

    private DecryptingInput(String description, IndexInput ciphertext, Keystream keystream, byte[] initialCounter,
                            long offset, long length, int bufferSize, boolean shared) {
        super(description, bufferSize);
        this.ciphertext = ciphertext;
        this.keystream = keystream;
        this.initialCounter = initialCounter;
        this.offset = offset;
        this.length = length;
        this.shared = shared;
    }

    static DecryptingInput open(String description, IndexInput ciphertext, Keystream keystream, int bufferSize)
            throws IOException {
        byte[] counter = FileHeader.read(ciphertext);
        return new DecryptingInput(description, ciphertext, keystream, counter, 0,
                ciphertext.length() - FileHeader.LENGTH, bufferSize, false);
    }

    @Override
    protected void readInternal(ByteBuffer buffer) throws IOException {
        long position = offset + getFilePointer();
        int wanted = buffer.remaining();
        if (getFilePointer() + wanted > length) {
            throw new EOFException("read past EOF: " + this + " (position " + getFilePointer() + ", wanted " + wanted
                    + ", length " + length + ")");
        }
        byte[] array = buffer.array();
        int at = buffer.arrayOffset() + buffer.position();
        ciphertext.seek(FileHeader.LENGTH + position);
        ciphertext.readBytes(array, at, wanted);
        keystream.apply(initialCounter, position, array, at, wanted);
        buffer.position(buffer.position() + wanted);
    }

    @Override
    protected void seekInternal(long position) throws IOException {
        if (position > length) {
            throw new EOFException("seek past EOF: " + this + " (position " + position + ", length " + length + ")");
        }
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public DecryptingInput clone() {
        DecryptingInput clone = (DecryptingInput) super.clone();
        clone.ciphertext = ciphertext.clone();
        clone.shared = true;
        return clone;
    }

    @Override
    public IndexInput slice(String description, long sliceOffset, long sliceLength) throws IOException {
        if (sliceOffset < 0 || sliceLength < 0 || sliceOffset + sliceLength > length) {
            throw new IllegalArgumentException("slice(" + description + ") out of bounds: offset " + sliceOffset
                    + ", length " + sliceLength + ", file length " + length + ": " + this);
        }
        return new DecryptingInput(getFullSliceDescription(description), ciphertext.clone(), keystream, initialCounter,
                offset + sliceOffset, sliceLength, getBufferSize(), true);
    }

    @Override
    public void close() throws IOException {
        if (!shared) {
            ciphertext.close();
        }
    }
}
