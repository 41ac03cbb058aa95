package org.kirok.engine.estimate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public capture–recapture tables in the shared data folder ({@code KIROK_SHARED_DATA}, else
 * {@code ../../shared/data} from the module, else {@code ../shared/data}). Tests that need them
 * are skipped, with the reason, when the folder is absent.
 */
final class SharedData {

    private SharedData() {
    }

    static Path mse(String file) {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent(), "shared data folder not found (set KIROK_SHARED_DATA or place it at "
                + "../shared/data next to the repository); skipping the test on " + file);
        Path path = folder.get().resolve("mse").resolve(file);
        assumeTrue(Files.isRegularFile(path), "shared data file " + path + " is absent; skipping");
        return path;
    }

    /** A pattern-count file as written there: 0/1 columns, then the count. */
    static CaptureTable table(String file) {
        try {
            List<String> lines = Files.readAllLines(mse(file)).stream().filter(line -> !line.isBlank()).toList();
            String[] header = lines.getFirst().split(",");
            List<String> lists = Arrays.asList(header).subList(0, header.length - 1);
            CaptureTable.Builder builder = CaptureTable.builder(lists);
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",");
                int pattern = 0;
                for (int list = 0; list < lists.size(); list++) {
                    pattern |= Integer.parseInt(values[list].trim()) << list;
                }
                builder.add(pattern, Long.parseLong(values[lists.size()].trim()));
            }
            return builder.build();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Optional<Path> folder() {
        return Stream.of(Optional.ofNullable(System.getenv("KIROK_SHARED_DATA")).map(Path::of),
                        Optional.of(Path.of("../../shared/data")), Optional.of(Path.of("../shared/data")))
                .flatMap(Optional::stream).filter(Files::isDirectory).findFirst();
    }
}
