package org.kirok.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/** What an author sets about a submission besides its text. Validated here; the state is resolved by the service. */
public record SubmissionDraft(String title, String state, int session, SubmissionKind kind, String language,
                              Optional<Integer> wordLimit, Optional<LocalDate> periodFrom, List<UUID> submitters,
                              Confidentiality confidentiality) {
    static final Set<String> UN_LANGUAGES = Set.of("en", "fr", "es", "ar", "zh", "ru");

    public SubmissionDraft {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidInputException("title", "the title is required (at most 300 characters)");
        }
        if (state == null || state.isBlank()) {
            throw new InvalidInputException("state", "the state under review is required: one state per submission");
        }
        if (session < 1 || session > 300) {
            throw new InvalidInputException("session", "the review session must be between 1 and 300 (got " + session + ")");
        }
        if (!UN_LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "a submission is written in a UN language: en, fr, es, ar, "
                    + "zh or ru (got '" + language + "')");
        }
        wordLimit.filter(w -> w < 100 || w > 100_000).ifPresent(w -> {
            throw new InvalidInputException("word_limit", "the word limit must be from 100 to 100,000 (got " + w + ")");
        });
        submitters = List.copyOf(new java.util.LinkedHashSet<>(submitters));
        title = title.strip();
    }
}
