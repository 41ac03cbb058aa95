package org.kirok.linkage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the shared public data lives: $KIROK_SHARED_DATA, else ../shared/data from the repository root. */
final class SharedData {
    private SharedData() {
    }

    static Optional<Path> root() {
        String override = System.getenv("KIROK_SHARED_DATA");
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path candidate : new Path[] {Path.of("../shared/data"), Path.of("../../shared/data")}) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}
