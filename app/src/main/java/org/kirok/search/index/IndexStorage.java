package org.kirok.search.index;

import java.nio.file.Path;
import org.kirok.search.index.cipher.IndexKey;

/**
 * Where the index keeps its files, and so how protected text is kept off the disk in the clear. The two real
 * options of the issue, measured against each other in docs/benchmarks.md:
 * <ul>
 *   <li>{@link Encrypted}: one index, every file AES-256-CTR encrypted under a key sealed by the master key;
 *       survives restarts, catches up from its last commit;</li>
 *   <li>{@link ProtectedInMemory}: documents with protected text (testimonies) live in an in-memory index rebuilt
 *       from the database at every start; the rest is a plain index on disk (it holds no names, only keyed
 *       hashes, and no transcript terms).</li>
 * </ul>
 * {@link Plain} keeps everything in the clear: only the benchmark's baseline and tests use it.
 */
public sealed interface IndexStorage {

    /** A short name for logs, the commit data and benchmark reports. */
    String label();

    record Encrypted(Path directory, IndexKey key) implements IndexStorage {
        @Override
        public String label() {
            return "encrypted";
        }
    }

    record ProtectedInMemory(Path directory) implements IndexStorage {
        @Override
        public String label() {
            return "memory";
        }
    }

    record Plain(Path directory) implements IndexStorage {
        @Override
        public String label() {
            return "plain";
        }
    }
}
