package org.kirok.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.testimony.Language;

/**
 * A document or media source as entered: what it is, when it is dated, who wrote or published it, where it can be
 * found, and who may see it. The notes are encrypted at rest (they may say how the item was obtained and from
 * whom); the title is shown in lists and exports and must not name a protected person.
 */
public record DocumentDraft(SourceKind kind, String title, Optional<LocalDate> sourceDate, Optional<Language> language,
                            Optional<UUID> authorOrgId, Optional<String> publisher, Optional<String> url,
                            Optional<LocalDate> publishedOn, Optional<String> notes, Optional<UUID> organisationId,
                            Confidentiality confidentiality, Optional<String> externalId) {
    static final int MAX_TITLE = 300;
    static final int MAX_PUBLISHER = 300;
    static final int MAX_NOTES = 100_000;
    static final int MAX_EXTERNAL_ID = 200;
    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    public DocumentDraft {
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required (document or media)");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "title is required (never a protected person's name)");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "title is " + title.length() + " characters long; at most "
                    + MAX_TITLE + " are allowed");
        }
        requirePlausible("source_date", sourceDate);
        requirePlausible("published_on", publishedOn);
        publisher = stripped(publisher);
        if (publisher.isPresent() && publisher.get().length() > MAX_PUBLISHER) {
            throw new InvalidInputException("publisher", "publisher is at most " + MAX_PUBLISHER + " characters");
        }
        url = stripped(url).map(text -> new WebAddress(text).text());
        notes = stripped(notes);
        if (notes.isPresent() && notes.get().length() > MAX_NOTES) {
            throw new InvalidInputException("notes", "notes are at most " + MAX_NOTES
                    + " characters; attach a longer text as a file");
        }
        if (confidentiality == null) {
            throw new InvalidInputException("confidentiality", "confidentiality is required");
        }
        externalId = stripped(externalId);
        if (externalId.isPresent() && externalId.get().length() > MAX_EXTERNAL_ID) {
            throw new InvalidInputException("external_id", "external_id is at most " + MAX_EXTERNAL_ID + " characters");
        }
    }

    /** The year in the reference code: the document's own date, else its publication, else this year. */
    int referenceYear(LocalDate today) {
        return sourceDate.or(() -> publishedOn).orElse(today).getYear();
    }

    private static Optional<String> stripped(Optional<String> text) {
        return text.map(String::strip).filter(s -> !s.isEmpty());
    }

    private static void requirePlausible(String field, Optional<LocalDate> date) {
        date.ifPresent(d -> {
            if (d.isBefore(EARLIEST) || d.isAfter(LocalDate.now().plusDays(1))) {
                throw new InvalidInputException(field, field + " " + d + " lies in the future or before 1800");
            }
        });
    }
}
