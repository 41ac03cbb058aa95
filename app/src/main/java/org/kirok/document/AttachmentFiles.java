package org.kirok.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The folder of sealed attachment files. A file is named by a random storage key (128 bits, hex), never by
 * anything about its content or its original name, and lives under a two-letter shard folder so that no folder
 * grows without bound. A file is written to a temporary name, forced to disk, then moved into place atomically and
 * made read-only: an original is never rewritten. Thread-safe.
 */
final class AttachmentFiles {
    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{32}");
    private static final String PARTIAL = ".partial";
    private final Path root;
    private final SecureRandom random = new SecureRandom();

    AttachmentFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    String newStorageKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Where a stored file lives. The key comes from the database, so it is checked before it names a path. */
    Path path(String storageKey) {
        if (storageKey == null || !STORAGE_KEY.matcher(storageKey).matches()) {
            throw new SealedFormatException("the storage key '" + storageKey + "' is not one Kirok gives");
        }
        return root.resolve(storageKey.substring(0, 2)).resolve(storageKey);
    }

    /** Opens a new, empty temporary file for this key; {@link #publish} moves it into place. */
    OutputStream create(String storageKey) throws IOException {
        Path file = partial(storageKey);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        restrict(file, "rw-------");
        return Channels.newOutputStream(channel);
    }

    /** Forces the finished temporary file to disk and gives it its final, read-only name. */
    void publish(String storageKey) throws IOException {
        Path partial = partial(storageKey);
        Path target = path(storageKey);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "an original is never overwritten");
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        restrict(target, "r--------");
        forceDirectory(target.getParent());
    }

    InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(path(storageKey));
    }

    /** Removes a temporary or published file of an upload that was not saved; quiet when there is none. */
    void discard(String storageKey) {
        try {
            Files.deleteIfExists(partial(storageKey));
            Path published = path(storageKey);
            if (Files.exists(published)) {
                restrict(published, "rw-------");
                Files.delete(published);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unsaved upload " + storageKey + ": " + e.getMessage(), e);
        }
    }

    private Path partial(String storageKey) {
        Path path = path(storageKey);
        return path.resolveSibling(path.getFileName() + PARTIAL);
    }

    private static void restrict(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
    }

    /** So that the new name survives a power cut on file systems that need it (ext4 without data=ordered). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some platforms cannot open directories; the file itself is already on disk
        }
    }
}
