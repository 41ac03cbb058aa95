package org.kirok.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/**
 * One violation against one victim, as coded (HURIDOCS: act): its type, victim, date, place, who was involved
 * and how, which sources say so and how reliable they are, consequences and the legal basis invoked. Vocabulary
 * values are codes (e.g. act type {@code forced_repatriation}); notes are encrypted.
 */
public record ActDraft(String actType, UUID victimId, FuzzyDate date, Optional<UUID> placeId, Optional<UUID> eventId,
                       List<InvolvementDraft> involvements, List<InformationDraft> sources, List<String> consequences,
                       Optional<UUID> legalBasisId, Optional<String> notes, Optional<UUID> organisationId,
                       Confidentiality confidentiality, Optional<String> externalId) {

    public ActDraft {
        if (actType == null || actType.isBlank()) {
            throw new InvalidInputException("act_type", "the act type is required");
        }
        if (victimId == null) {
            throw new InvalidInputException("victim_id", "every act needs a victim: create or choose the person first");
        }
        involvements = List.copyOf(involvements);
        sources = List.copyOf(sources);
        consequences = consequences.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        externalId = externalId.map(String::strip).filter(s -> !s.isEmpty());
        if (sources.stream().map(InformationDraft::sourceId).distinct().count() < sources.size()) {
            throw new InvalidInputException("sources", "the same source is cited twice for this act");
        }
    }

    /** Who took part in the act and how (HURIDOCS: involvement): a person or an organisation, with a degree. */
    public record InvolvementDraft(Optional<UUID> perpetratorPersonId, Optional<UUID> perpetratorOrganisationId,
                                   String degree, Optional<String> notes) {
        public InvolvementDraft {
            if (perpetratorPersonId.isEmpty() && perpetratorOrganisationId.isEmpty()) {
                throw new InvalidInputException("involvements", "an involvement names a perpetrator person or organisation");
            }
            if (degree == null || degree.isBlank()) {
                degree = "unknown";
            }
            notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        }
    }

    /** Which source supports the act (HURIDOCS: information), how reliable, and how the source knows. */
    public record InformationDraft(UUID sourceId, String reliability, Optional<String> connection, Optional<String> notes) {
        public InformationDraft {
            if (sourceId == null) {
                throw new InvalidInputException("sources", "a cited source needs an id");
            }
            if (reliability == null || reliability.isBlank()) {
                reliability = "unknown";
            }
            notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        }
    }
}
