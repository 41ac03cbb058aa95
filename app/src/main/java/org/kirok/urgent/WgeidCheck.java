package org.kirok.urgent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.DatePrecision;
import org.kirok.place.PlaceLevel;

/**
 * Lists the {@link WgeidElement}s a case still lacks, in the order of the Working Group's form. The arrest is the
 * first arrest event, else the first "whereabouts unknown" event, else the first event: its date must be known to
 * the month at least, its place to a town or county at least, and it must name the holder. Names are checked for
 * presence only, never read. Stateless.
 */
final class WgeidCheck {
    private WgeidCheck() {
    }

    static List<WgeidElement> missing(List<CustodyEvent> events, Map<UUID, Integer> nameCounts,
                                      WgeidCommunication communication) {
        List<WgeidElement> missing = new ArrayList<>();
        if (nameCounts.isEmpty() || nameCounts.values().stream().anyMatch(count -> count == 0)) {
            missing.add(WgeidElement.PERSON_IDENTITY);
        }
        Optional<CustodyEvent> arrest = arrest(events);
        boolean dated = arrest.map(e -> e.date().known() && (e.date().precision() == DatePrecision.DAY
                || e.date().precision() == DatePrecision.MONTH)).orElse(false);
        if (!dated) {
            missing.add(WgeidElement.DATE_OF_ARREST);
        }
        boolean placed = arrest.flatMap(CustodyEvent::place).map(p -> p.level() >= PlaceLevel.CITY.depth()).orElse(false);
        if (!placed) {
            missing.add(WgeidElement.PLACE_OF_ARREST);
        }
        if (arrest.flatMap(CustodyEvent::holder).isEmpty()) {
            missing.add(WgeidElement.FORCES_RESPONSIBLE);
        }
        if (!communication.stepsRecorded()) {
            missing.add(WgeidElement.STEPS_TAKEN);
        }
        if (communication.submitterId().isEmpty() || communication.submitterContact().isEmpty()) {
            missing.add(WgeidElement.SUBMITTER);
        }
        if (!communication.familyConsent()) {
            missing.add(WgeidElement.FAMILY_CONSENT);
        }
        return List.copyOf(missing);
    }

    static Optional<CustodyEvent> arrest(List<CustodyEvent> events) {
        return events.stream().filter(e -> e.type() == CustodyType.ARREST).findFirst()
                .or(() -> events.stream().filter(e -> e.type() == CustodyType.UNKNOWN).findFirst())
                .or(() -> events.stream().findFirst());
    }
}
