package org.kirok.urgent;

import java.time.LocalDate;
import java.util.List;
import org.kirok.vocabulary.Term;

/** Everything the case page shows, gathered once. */
public record CasePage(UrgentCase c, List<EventLine> events, List<RiskChange> history,
                       List<Intervention> interventions, List<Deadline> deadlines, List<WgeidElement> missing,
                       List<Term> reliabilities, LocalDate today) {

    /** One line of the timeline: the event, what the rules saw, the persons it concerns, the source's reliability. */
    public record EventLine(CustodyEvent event, RiskFacts facts, List<String> persons, String reliability) {

        /** The border distance rounded to whole km, or -1 when the place has no coordinates. */
        public long borderKm() {
            return facts.borderKm().map(Math::round).orElse(-1L);
        }
    }

    public List<RiskLevel> levels() {
        return List.of(RiskLevel.LOW, RiskLevel.ELEVATED, RiskLevel.IMMINENT, RiskLevel.REPATRIATED, RiskLevel.SAFE);
    }

    public List<CustodyType> types() {
        return List.of(CustodyType.values());
    }

    public List<InterventionKind> interventionKinds() {
        return List.of(InterventionKind.values());
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }

    public List<DeadlineKind> deadlineKinds() {
        return List.of(DeadlineKind.values());
    }

    /** The label of a person in the history, by id. */
    public String personLabel(java.util.Optional<java.util.UUID> id) {
        return id.flatMap(p -> c.persons().stream().filter(x -> x.personId().equals(p)).findFirst())
                .map(UrgentCase.CasePerson::label).orElse(id.map(org.kirok.person.PersonView::codeOf).orElse(""));
    }
}
