package org.kirok.document;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One step in the life of a file: who ({@code actor}), when, what ({@code action}: uploaded, downloaded, exported,
 * integrity_failed), why ({@code note}), the SHA-256 involved, and the audit entry that records it — its sequence
 * number and chain hash, which {@code kirok audit verify} checks.
 */
public record CustodyEntry(long seq, Instant at, String actor, String action, UUID attachmentId,
                           Optional<String> sha256, Optional<String> note, Optional<String> packageId,
                           String entryHash) {

    /** The action without its "attachment." prefix, as people read it. */
    public String step() {
        return action.startsWith("attachment.") ? action.substring("attachment.".length()) : action;
    }
}
