package org.kirok.testimony;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/**
 * An interview as recorded: who was interviewed (a person record), when, where, in which language, under which
 * consent, and the transcript. The transcript, summary and notes are identity fields (encrypted); the title is
 * shown in lists and must not contain names.
 */
public record TestimonyDraft(UUID intervieweeId, Optional<UUID> interviewerUserId, LocalDate interviewDate,
                             Optional<UUID> placeId, Language language, Optional<String> consentScope,
                             Optional<Integer> durationMinutes, Optional<String> transcript, Optional<String> summary,
                             Optional<String> notes, Optional<String> title, Optional<UUID> organisationId,
                             Confidentiality confidentiality, Optional<String> externalId) {
    static final int MAX_TRANSCRIPT = 2_000_000;

    public TestimonyDraft {
        if (intervieweeId == null) {
            throw new InvalidInputException("interviewee_id", "interviewee_id is required: create the person first");
        }
        if (interviewDate == null) {
            throw new InvalidInputException("interview_date", "interview_date is required (e.g. 2019-05-01)");
        }
        if (interviewDate.isAfter(LocalDate.now().plusDays(1)) || interviewDate.getYear() < 1950) {
            throw new InvalidInputException("interview_date", "the interview date " + interviewDate
                    + " lies in the future or before 1950");
        }
        durationMinutes.ifPresent(minutes -> {
            if (minutes < 1 || minutes > 6000) {
                throw new InvalidInputException("duration_minutes", "duration_minutes must lie between 1 and 6000");
            }
        });
        transcript = transcript.filter(s -> !s.isBlank());
        if (transcript.isPresent() && transcript.get().length() > MAX_TRANSCRIPT) {
            throw new InvalidInputException("transcript", "the transcript is longer than " + MAX_TRANSCRIPT
                    + " characters; attach it as a file instead");
        }
        summary = summary.map(String::strip).filter(s -> !s.isEmpty());
        notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        title = title.map(String::strip).filter(s -> !s.isEmpty());
        if (title.isPresent() && title.get().length() > 300) {
            throw new InvalidInputException("title", "the title is at most 300 characters");
        }
        externalId = externalId.map(String::strip).filter(s -> !s.isEmpty());
    }
}
