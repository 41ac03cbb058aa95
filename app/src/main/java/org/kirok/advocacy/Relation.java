package org.kirok.advocacy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A membership in a coalition (a council of 61 groups and each of its members), or a partnership: {@code group}
 * is the coalition or the organisation whose partner {@code member} is.
 */
public record Relation(UUID id, UUID groupId, String groupName, UUID memberId, String memberName, RelationKind kind,
                       Optional<LocalDate> since, Optional<LocalDate> until, Optional<String> notes) {

    public boolean current(LocalDate today) {
        return until.map(u -> !u.isBefore(today)).orElse(true) && since.map(s -> !s.isAfter(today)).orElse(true);
    }
}
