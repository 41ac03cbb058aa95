package org.kirok.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.upr.States;

/**
 * A UPR stakeholder submission: one state under review and the review session it is for, individual or joint, its
 * submitters in order, an optional word limit of its own and period start, and the draft body in Kirok's markup.
 */
public record Submission(UUID id, String title, String stateCode, int session, int cycle, SubmissionKind kind,
                         String language, Optional<Integer> wordLimit, Optional<LocalDate> periodFrom, String body,
                         List<Submitter> submitters, Optional<UUID> organisationId, Confidentiality confidentiality,
                         int version, Instant updatedAt) {

    public Submission {
        submitters = List.copyOf(submitters);
    }

    public String stateName(String language) {
        return States.all().name(stateCode, language);
    }
}
