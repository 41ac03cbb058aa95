package org.kirok.place;

import java.util.Optional;
import java.util.UUID;

/** The detention-facility facts of a place of level facility: its type (facility_type term), number, operator. */
public record Facility(UUID typeId, Optional<String> number, Optional<UUID> operatorId, Optional<String> operatorName,
                       Optional<String> status, Optional<String> notes) {
}
