package org.kirok.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.testimony.Language;

/**
 * A document or media source as one user may see it. The notes are empty (and {@code notesVisible} false) for
 * users without identity access; lists never decrypt them.
 */
public record DocumentView(UUID id, SourceKind kind, String reference, String title, Optional<LocalDate> sourceDate,
                           Optional<Language> language, Optional<OrganisationName> author, Optional<String> publisher,
                           Optional<String> url, Optional<LocalDate> publishedOn, boolean notesVisible,
                           Optional<String> notes, Optional<OrganisationName> owner, Confidentiality confidentiality,
                           Optional<String> externalId, int version, long actCount, long attachmentCount) {

    /** An organisation as linked from a document: its id and its names. */
    public record OrganisationName(UUID id, String nameEn, Optional<String> nameKo) {
        /** The name in the reader's language, falling back to English. */
        public String label(String language) {
            return language.equals("ko") ? nameKo.filter(s -> !s.isBlank()).orElse(nameEn) : nameEn;
        }
    }

    /** The date a list sorts and filters by: the document's own date, else its publication date. */
    public Optional<LocalDate> date() {
        return sourceDate.or(() -> publishedOn);
    }
}
