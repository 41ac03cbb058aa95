package org.kirok.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The directory where one Kirok installation keeps everything it writes: the embedded PostgreSQL
 * cluster, the search index, attachments, backups and (unless configured elsewhere) the key file.
 * Created with owner-only permissions because it holds encrypted evidence. Immutable, thread-safe.
 */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** Creates the directory (and parents) if needed, readable by the owner only. */
    public static DataDirectory create(Path root) {
        DataDirectory directory = new DataDirectory(root);
        directory.ensure(directory.root());
        return directory;
    }

    /** Deletes the whole directory: for throw-away ones (tests, benchmarks), never a user's. */
    public void delete() throws java.io.IOException {
        PostgresBinaries.deleteRecursively(root);
    }

    public Path postgresData() {
        return root.resolve("pg");
    }

    public Path postgresBinaries() {
        return root.resolve("pg-bin");
    }

    public Path keys() {
        return ensure(root.resolve("keys"));
    }

    public Path searchIndex() {
        return ensure(root.resolve("index"));
    }

    public Path attachments() {
        return ensure(root.resolve("attachments"));
    }

    public Path logs() {
        return ensure(root.resolve("logs"));
    }

    Path ensure(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                try {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: rely on the user's profile permissions
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + ": " + e.getMessage(), e);
        }
    }
}
