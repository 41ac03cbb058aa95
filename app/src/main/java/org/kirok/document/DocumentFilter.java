package org.kirok.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.testimony.Language;

/**
 * Filters for the document list: text in the reference or title, kind, a period (on the document's date, else its
 * publication date), an organisation (author or owner, with all its units), language and confidentiality.
 */
public record DocumentFilter(Optional<String> text, Optional<SourceKind> kind, Optional<LocalDate> from,
                             Optional<LocalDate> to, Optional<UUID> organisationId, Optional<Language> language,
                             Optional<Confidentiality> confidentiality) {

    public DocumentFilter {
        text = text.map(String::strip).filter(s -> !s.isEmpty());
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidInputException("from", "the period starts (" + from.get() + ") after it ends ("
                    + to.get() + ")");
        }
    }

    public static DocumentFilter none() {
        return new DocumentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
