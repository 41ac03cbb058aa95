package org.kirok.upr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The shared UPR files (../shared/data/upr); tests needing them are skipped, with the reason, when absent. */
public final class SharedUpr {
    private SharedUpr() {
    }

    public static Path file(String name) {
        Optional<Path> folder = Stream.of(Optional.ofNullable(System.getenv("KIROK_SHARED_DATA")).map(Path::of),
                        Optional.of(Path.of("../../shared/data")), Optional.of(Path.of("../shared/data")))
                .flatMap(Optional::stream).map(root -> root.resolve("upr")).filter(Files::isDirectory).findFirst();
        assumeTrue(folder.isPresent(), "shared data folder not found (set KIROK_SHARED_DATA); skipping the test on " + name);
        Path path = folder.get().resolve(name);
        assumeTrue(Files.isRegularFile(path), path + " is absent; skipping");
        return path;
    }
}
