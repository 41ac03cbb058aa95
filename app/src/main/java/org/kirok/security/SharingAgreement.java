package org.kirok.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * What one partner organisation may see of the records another organisation (or this installation's own, when
 * the grantor is empty) owns: which kinds of record, identities hidden or not, records dated from when. Revoked
 * agreements are kept, for the record of who could see what when.
 */
public record SharingAgreement(UUID id, Optional<UUID> grantorId, String grantorName, UUID partnerId,
                               String partnerName, List<String> kinds, boolean pseudonymous,
                               Optional<LocalDate> recordsFrom, Optional<String> note, Instant createdAt,
                               Optional<Instant> revokedAt) {

    static final Set<String> KINDS = Set.of("acts", "events", "persons", "testimonies", "documents", "urgent_cases",
            "activities");

    /** What is written when an agreement is made. */
    public record Draft(Optional<UUID> grantorId, UUID partnerId, List<String> kinds, boolean pseudonymous,
                        Optional<LocalDate> recordsFrom, Optional<String> note) {
        public Draft {
            if (partnerId == null) {
                throw new InvalidInputException("partner_org_id", "choose the partner organisation");
            }
            kinds = kinds.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
            if (kinds.isEmpty()) {
                throw new InvalidInputException("kinds", "an agreement shares at least one kind of record: "
                        + String.join(", ", KINDS.stream().sorted().toList()));
            }
            for (String kind : kinds) {
                if (!KINDS.contains(kind)) {
                    throw new InvalidInputException("kinds", "'" + kind + "' is not a kind of record; use "
                            + String.join(", ", KINDS.stream().sorted().toList()));
                }
            }
            if (grantorId.isPresent() && grantorId.get().equals(partnerId)) {
                throw new InvalidInputException("partner_org_id", "an organisation does not need an agreement with itself");
            }
        }
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
