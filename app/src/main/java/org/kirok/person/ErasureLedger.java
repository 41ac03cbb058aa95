package org.kirok.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kirok.vault.Subject;

/**
 * The records whose data keys were destroyed, kept beside the key file — outside the database and its backups —
 * so that restoring an older backup destroys those keys again before anyone can read them. Lines of
 * {@code table/uuid}; appended and forced to disk. Thread-safe.
 */
public final class ErasureLedger {
    private final Path file;

    public ErasureLedger(Path file) {
        this.file = file;
    }

    public synchronized void record(Subject subject) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, subject.table() + "/" + subject.id() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record an erasure in " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized Set<Subject> all() {
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            Set<Subject> subjects = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int slash = line.indexOf('/');
                if (slash > 0) {
                    subjects.add(new Subject(line.substring(0, slash), java.util.UUID.fromString(line.substring(slash + 1).strip())));
                }
            }
            return subjects;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
