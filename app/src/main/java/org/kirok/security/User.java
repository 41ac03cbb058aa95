package org.kirok.security;

import java.util.Optional;
import java.util.UUID;
import org.kirok.audit.Actor;

/** A staff account as the rest of the system sees it; never carries the password hash. */
public record User(UUID id, String username, String displayName, Role role, Optional<UUID> organisationId,
                   String locale, boolean mustChangePassword, boolean totpEnabled, boolean disabled, int version) {

    public boolean may(Permission permission) {
        return !disabled && role.grants(permission);
    }

    public Actor actor() {
        return Actor.user(id, username);
    }
}
