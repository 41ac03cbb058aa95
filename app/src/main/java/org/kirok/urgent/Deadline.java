package org.kirok.urgent;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Something due on a day for a case; done when someone marked it so. */
public record Deadline(UUID id, UUID caseId, String caseCode, RiskLevel caseRisk, DeadlineKind kind, LocalDate dueOn,
                       Optional<String> label, Optional<UUID> interventionId, boolean done) {

    public boolean overdue(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }
}
