package org.kirok.urgent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * A case as one user may see it: notes only with identity access, persons by name only with identity access
 * (their pseudonym otherwise), the events in route order, the active overrides.
 */
public record UrgentCase(UUID id, String code, String title, Optional<String> notes, CaseStatus status,
                         RiskLevel risk, Confidentiality confidentiality, Optional<UUID> organisationId, int version,
                         Instant createdAt, List<CasePerson> persons, List<CustodyEvent> events,
                         Optional<RiskOverride> caseOverride, String computedRule) {

    public UrgentCase {
        persons = List.copyOf(persons);
        events = List.copyOf(events);
    }

    /** A person at risk in the case: the effective level, the computed one and the rule behind it, the override. */
    public record CasePerson(UUID personId, String code, String label, RiskLevel risk, RiskLevel computed,
                             String rule, Optional<RiskOverride> override) {
    }

    public Optional<CustodyEvent> latestEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.getLast());
    }

    /** The persons an event concerns, as labels ("all" is an empty list). */
    public List<String> labelsOf(CustodyEvent event) {
        return persons.stream().filter(p -> event.personIds().contains(p.personId())).map(CasePerson::label).toList();
    }
}
