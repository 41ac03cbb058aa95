package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One act as the dashboard reads it from the database: only what it counts by, nothing that identifies anyone. */
record ActRow(UUID id, UUID typeId, UUID placeId, LocalDate dateStart, LocalDate dateEnd, String confidentiality,
              UUID organisationId, LocalDate recordDate, String sex, int birthYear, List<UUID> perpetrators) {
}
