package org.kirok.urgent;

import java.util.Optional;
import java.util.UUID;

/**
 * What a WGEID communication needs beyond the case's events: the steps taken to find the persons (encrypted: it
 * names relatives and officials; {@code stepsTaken} is empty without identity access, {@code stepsRecorded} still
 * says whether there are some), the submitting organisation and its contact, the family's consent.
 */
public record WgeidCommunication(UUID caseId, boolean stepsRecorded, Optional<String> stepsTaken,
                                 Optional<UUID> submitterId, Optional<String> submitterName,
                                 Optional<String> submitterContact, boolean familyConsent, int version) {

    public static WgeidCommunication empty(UUID caseId) {
        return new WgeidCommunication(caseId, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, 0);
    }
}
