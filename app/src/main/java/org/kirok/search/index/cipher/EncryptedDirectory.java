package org.kirok.search.index.cipher;

import java.io.IOException;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene {@link Directory} whose files are AES-256-CTR encrypted on disk, so that a seized disk shows neither
 * the terms of transcripts nor anything else of the index. Each file has its own random initial counter; reads
 * decrypt only the buffered bytes. Confidentiality only: the index is derived data, rebuilt from the database
 * (where evidence is authenticated), so a tampered index misleads a search but cannot alter evidence.
 *
 * <p>The write lock and file names are not encrypted. Thread-safe as the wrapped directory is.
 */
public final class EncryptedDirectory extends FilterDirectory {
    private final Keystream keystream;

    public EncryptedDirectory(Directory ciphertext, IndexKey key) {
        super(ciphertext);
        this.keystream = new Keystream(key.bytes());
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new EncryptingOutput(in.createOutput(name, context), keystream, FileHeader.newCounter());
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new EncryptingOutput(in.createTempOutput(prefix, suffix, context), keystream, FileHeader.newCounter());
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        IndexInput ciphertext = in.openInput(name, context);
        try {
            return DecryptingInput.open("decrypting(" + name + ")", ciphertext, keystream,
                    BufferedIndexInput.bufferSize(context));
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    @Override
    public long fileLength(String name) throws IOException {
        return in.fileLength(name) - FileHeader.LENGTH;
    }
}
