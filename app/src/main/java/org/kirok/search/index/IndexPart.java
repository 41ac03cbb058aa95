package org.kirok.search.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kirok.search.index.cipher.EncryptedDirectory;

/**
 * One Lucene index with its writer: on disk (and then committed with the last indexed audit sequence number) or in
 * memory, holding documents with protected text or the others (or both).
 */
record IndexPart(String name, Directory directory, IndexWriter writer, boolean durable, boolean holdsProtected,
                 boolean holdsOthers) {

    /** The parts a storage choice consists of, opened (created when missing). */
    static List<IndexPart> open(IndexStorage storage, Analysis analysis) throws IOException {
        return switch (storage) {
            case IndexStorage.Encrypted encrypted -> List.of(part("encrypted",
                    new EncryptedDirectory(FSDirectory.open(encrypted.directory()), encrypted.key()), analysis,
                    true, true, true));
            case IndexStorage.Plain plain -> List.of(part("plain", FSDirectory.open(plain.directory()), analysis,
                    true, true, true));
            case IndexStorage.ProtectedInMemory memory -> List.of(
                    part("disk", FSDirectory.open(memory.directory()), analysis, true, false, true),
                    part("memory", new ByteBuffersDirectory(), analysis, false, true, false));
        };
    }

    private static IndexPart part(String name, Directory directory, Analysis analysis, boolean durable,
                                  boolean holdsProtected, boolean holdsOthers) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false) // every commit carries the audit sequence number it covers
                .setRAMBufferSizeMB(128); // fewer, larger segments on a rebuild: less merging
        if (config.getMergeScheduler() instanceof ConcurrentMergeScheduler scheduler) {
            scheduler.setMaxMergesAndThreads(2, 1); // two cores, shared with the web server and PostgreSQL
        }
        try {
            return new IndexPart(name, directory, new IndexWriter(directory, config), durable, holdsProtected,
                    holdsOthers);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }
}
