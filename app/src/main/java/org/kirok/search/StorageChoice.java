package org.kirok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.kirok.search.index.IndexStorage;
import org.kirok.search.index.cipher.IndexKey;
import org.kirok.store.DataDirectory;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.VaultIntegrityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which storage the installation's index uses: {@code KIROK_SEARCH_STORAGE=encrypted} (default) or {@code memory}
 * (see {@link IndexStorage} and docs/security.md for the trade-off). Each keeps its own directory under the data
 * directory's {@code index/}; the other one's files are removed, since an index is derived data.
 */
final class StorageChoice {
    static final String VARIABLE = "KIROK_SEARCH_STORAGE";
    private static final Logger log = LoggerFactory.getLogger(StorageChoice.class);

    private StorageChoice() {
    }

    static IndexStorage fromEnvironment(DataDirectory data, IdentityVault vault) {
        String chosen = System.getenv(VARIABLE);
        return of(chosen == null || chosen.isBlank() ? "encrypted" : chosen, data, vault);
    }

    static IndexStorage of(String name, DataDirectory data, IdentityVault vault) {
        Path root = data.searchIndex();
        Path encrypted = root.resolve("encrypted");
        Path disk = root.resolve("disk");
        Path keyFile = root.resolve("index.key");
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "encrypted" -> {
                delete(disk);
                yield new IndexStorage.Encrypted(create(encrypted), key(keyFile, encrypted, vault));
            }
            case "memory" -> {
                delete(encrypted);
                delete(keyFile);
                yield new IndexStorage.ProtectedInMemory(create(disk));
            }
            default -> throw new IllegalArgumentException(VARIABLE + " must be 'encrypted' or 'memory' (got '" + name
                    + "')");
        };
    }

    /** Removes every index file and the index key: the next open starts an empty index that is then rebuilt. */
    static void remove(DataDirectory data) {
        Path root = data.searchIndex();
        delete(root.resolve("encrypted"));
        delete(root.resolve("disk"));
        delete(root.resolve("index.key"));
    }

    /** The sealed index key; if the master key cannot open it (a replaced key file), a new index with a new key. */
    private static IndexKey key(Path keyFile, Path directory, IdentityVault vault) {
        IndexKey.Sealer sealer = new IndexKey.Sealer() {
            @Override
            public byte[] seal(byte[] secret) {
                return vault.sealSecret("search-index-key", secret);
            }

            @Override
            public byte[] open(byte[] sealed) {
                return vault.openSecret("search-index-key", sealed);
            }
        };
        try {
            return IndexKey.loadOrCreate(keyFile, sealer);
        } catch (VaultIntegrityException e) {
            log.warn("the search index key cannot be opened with this master key; the index is rebuilt with a new key");
            delete(directory);
            delete(keyFile);
            create(directory);
            return IndexKey.loadOrCreate(keyFile, sealer);
        }
    }

    private static Path create(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unused index files in " + path + ": " + e.getMessage(), e);
        }
    }
}
