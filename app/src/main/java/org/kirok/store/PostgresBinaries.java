package org.kirok.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries that zonky ships inside its jar, unpacked once under the data directory so that we can
 * run our own {@code initdb --data-checksums} (zonky starts and stops the server itself, from its own copy).
 */
final class PostgresBinaries {
    private static final String FOLDER = "kirok-initdb";

    private PostgresBinaries() {
    }

    /** The initdb binary under {@code workingDirectory}, unpacking the bundled PostgreSQL there first if needed. */
    static Path initdb(Path workingDirectory) throws IOException {
        Path target = workingDirectory.resolve(FOLDER);
        Path initdb = target.resolve("bin").resolve("initdb");
        if (Files.exists(target.resolve(".complete")) && Files.isExecutable(initdb)) {
            return initdb;
        }
        Files.createDirectories(workingDirectory);
        Path scratch = Files.createTempDirectory(workingDirectory, "unpack-");
        String architecture = System.getProperty("os.arch", "amd64").toLowerCase(Locale.ROOT);
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture)) {
            if (archive == null) {
                throw new IOException("no embedded PostgreSQL for Linux/" + architecture
                        + "; set KIROK_DATABASE_URL to use an installed PostgreSQL >= 15");
            }
            unpack(archive, scratch);
        }
        Files.createFile(scratch.resolve(".complete"));
        deleteRecursively(target);
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        return initdb;
    }

    private static void unpack(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("refusing an archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                        permissions.add(PosixFilePermission.OWNER_EXECUTE);
                        Files.setPosixFilePermissions(path, permissions);
                    }
                }
            }
        }
    }

    /** PostgreSQL refuses to run as root; like zonky, run it in a user namespace then. */
    static List<String> asNonRoot() {
        return "root".equals(System.getProperty("user.name")) ? List.of("unshare", "-U") : List.of();
    }

    /** Deletes a directory and everything under it; nothing when it does not exist. */
    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
