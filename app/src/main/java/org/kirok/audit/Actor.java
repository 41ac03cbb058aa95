package org.kirok.audit;

import java.util.Optional;
import java.util.UUID;

/** Who did something: a user (id and username) or the system itself (imports from the CLI, the demo loader). */
public record Actor(Optional<UUID> userId, String label) {

    public static final Actor SYSTEM = new Actor(Optional.empty(), "system");

    public Actor {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an actor needs a label");
        }
    }

    public static Actor user(UUID id, String username) {
        return new Actor(Optional.of(id), username);
    }

    public static Actor cli(String command) {
        return new Actor(Optional.empty(), "cli:" + command);
    }
}
