package org.kirok.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * An NGO oral statement at the Human Rights Council: session, agenda item, kind of debate and which debate, the
 * organisations that deliver and co-sign it, the speaker, the English text and a Korean working translation, and —
 * when set — its own slot and speaking rate; with the record of its deliveries.
 */
public record Statement(UUID id, String title, int hrcSession, String agendaItem, DebateKind debateKind,
                        Optional<String> debate, Optional<String> speaker, String textEn, String textKo,
                        Optional<Integer> slotSeconds, Optional<Integer> wordsPerMinute, List<Signatory> signatories,
                        List<Delivery> deliveries, Optional<UUID> organisationId, Confidentiality confidentiality,
                        int version, Instant updatedAt) {

    public Statement {
        signatories = List.copyOf(signatories);
        deliveries = List.copyOf(deliveries);
    }

    /** A delivering or co-signing organisation, in the order the statement names them. */
    public record Signatory(UUID id, String nameEn, Optional<String> nameKo) {
    }
}
