package org.kirok.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * An act as one user may see it. The victim and perpetrator persons appear by label (name with identity access,
 * pseudonym otherwise); {@code caseCode} is the pseudonymous id used in reports and submissions.
 */
public record ActView(UUID id, String caseCode, Term type, UUID victimId, String victimLabel, FuzzyDate date,
                      Optional<UUID> placeId, Optional<String> placePath, Optional<UUID> eventId,
                      Optional<String> eventTitle, List<Involvement> involvements, List<Information> sources,
                      List<Term> consequences, Optional<UUID> legalBasisId, Optional<String> legalBasisLabel,
                      Optional<String> notes, Optional<UUID> organisationId, Confidentiality confidentiality,
                      Optional<String> externalId, int version) {

    /** A perpetrator and the degree of their involvement. */
    public record Involvement(Optional<UUID> personId, Optional<UUID> organisationId, String perpetratorLabel,
                              Term degree) {
    }

    /** A source that supports the act, its reliability and how it knows. */
    public record Information(UUID sourceId, String reference, String kind, Term reliability, Optional<Term> connection) {
    }
}
