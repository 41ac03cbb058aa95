package org.kirok.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of a law with its articles in article order. */
public record LawVersion(UUID id, UUID lawId, String label, Optional<LocalDate> adoptedOn, Optional<String> notes,
                         int version, List<LawArticle> articles) {

    public LawVersion {
        articles = List.copyOf(articles);
    }
}
