package org.kirok.search.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the shared public data lives: {@code KIROK_SHARED_DATA}, else ../shared/data beside the repository. */
final class SharedData {
    private SharedData() {
    }

    static Optional<Path> root() {
        String override = System.getenv("KIROK_SHARED_DATA");
        Stream<Path> candidates = override != null && !override.isBlank() ? Stream.of(Path.of(override))
                : Stream.of(Path.of("../shared/data"), Path.of("../../shared/data"));
        return candidates.filter(Files::isDirectory).map(path -> path.toAbsolutePath().normalize()).findFirst();
    }
}
