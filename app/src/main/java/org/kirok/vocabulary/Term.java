package org.kirok.vocabulary;

import java.util.Optional;
import java.util.UUID;

/** One term of a controlled vocabulary (micro-thesaurus), with its labels in both interface languages. */
public record Term(UUID id, String vocabulary, String code, String labelEn, String labelKo,
                   Optional<String> description, int sortOrder, boolean active, int version) {

    /** The label in the user's language ("ko" or anything else for English). */
    public String label(String language) {
        return "ko".equals(language) ? labelKo : labelEn;
    }
}
