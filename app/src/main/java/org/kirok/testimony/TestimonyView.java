package org.kirok.testimony;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * A testimony as one user may see it. The interviewee appears by label (their name, or their pseudonym for
 * users without identity access); transcript, summary and notes are empty when hidden.
 */
public record TestimonyView(UUID id, String reference, String title, UUID intervieweeId, String intervieweeLabel,
                            Optional<UUID> interviewerUserId, Optional<String> interviewerName,
                            LocalDate interviewDate, Optional<UUID> placeId, Optional<String> placeName,
                            Language language, Optional<UUID> consentScopeId, Optional<String> consentScopeCode,
                            Optional<Integer> durationMinutes, boolean identityVisible, Optional<String> transcript,
                            Optional<String> summary, Optional<String> notes, Optional<UUID> organisationId,
                            Confidentiality confidentiality, Optional<String> externalId, int version,
                            long actCount) {
}
