package org.kirok.urgent;

import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/** What is written when a case is opened or edited. The notes are encrypted under the case's data key. */
public record CaseDraft(String title, Optional<String> notes, CaseStatus status, Confidentiality confidentiality,
                        Optional<UUID> organisationId) {

    public CaseDraft {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException("title", "a case needs a title of at most 300 characters (got "
                    + title.length() + ")");
        }
        notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        notes.filter(n -> n.length() > 20_000).ifPresent(n -> {
            throw new InvalidInputException("notes", "notes are at most 20000 characters (got " + n.length() + ")");
        });
        if (status == null || confidentiality == null) {
            throw new IllegalArgumentException("status and confidentiality are required");
        }
    }
}
