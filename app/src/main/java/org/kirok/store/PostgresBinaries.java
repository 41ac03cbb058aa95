package org.kirok.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds (unpacking once if needed) the PostgreSQL binaries that zonky ships inside its jar. */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** The initdb binary under {@code workingDirectory}, unpacking the bundled PostgreSQL there first if needed. */
    static Path initdb(Path workingDirectory) throws IOException {
        Optional<Path> found = find(workingDirectory);
        if (found.isPresent()) {
            return found.get();
        }
        // zonky unpacks its binaries only while starting a server: start and stop a throw-away cluster once
        Path scratch = workingDirectory.resolve("unpack-cluster");
        try (EmbeddedPostgres ignored = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setDataDirectory(scratch.toFile())
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .start()) {
            // started only to unpack the binaries
        }
        deleteRecursively(scratch);
        return find(workingDirectory).orElseThrow(
                () -> new IOException("no initdb found under " + workingDirectory + " after unpacking PostgreSQL"));
    }

    /** PostgreSQL refuses to run as root; like zonky, run it in a user namespace then. */
    static List<String> asNonRoot() {
        return "root".equals(System.getProperty("user.name")) ? List.of("unshare", "-U") : List.of();
    }

    private static Optional<Path> find(Path workingDirectory) throws IOException {
        if (!Files.isDirectory(workingDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(workingDirectory)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("PG-"))
                    .map(p -> p.resolve("bin").resolve("initdb"))
                    .filter(Files::isExecutable)
                    .findFirst();
        }
    }

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
