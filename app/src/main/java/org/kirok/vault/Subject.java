package org.kirok.vault;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** A protected record: the table it lives in and its id. Its fields are encrypted under its own data key. */
public record Subject(String table, UUID id) {

    public Subject {
        Objects.requireNonNull(id, "id");
        if (table == null || !table.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    byte[] wrappingContext() {
        return ("kirok-dek|" + table + "|" + id).getBytes(StandardCharsets.UTF_8);
    }

    byte[] fieldContext(String field) {
        return (table + "|" + id + "|" + field).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "/" + id;
    }
}
