package org.kirok.event;

import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * Filters for acts. A place filter includes every place below it; a period filter keeps acts whose possible
 * dates overlap the years given, whatever their precision.
 */
public record ActFilter(Optional<String> actType, Optional<UUID> victimId, Optional<UUID> sourceId,
                        Optional<UUID> placeId, Optional<Integer> yearFrom, Optional<Integer> yearTo,
                        Optional<UUID> perpetratorOrganisationId, Optional<UUID> eventId, Optional<UUID> articleId,
                        Optional<Confidentiality> confidentiality, Optional<String> caseCode) {

    public static ActFilter none() {
        return new ActFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ActFilter withSource(UUID source) {
        return new ActFilter(actType, victimId, Optional.of(source), placeId, yearFrom, yearTo,
                perpetratorOrganisationId, eventId, articleId, confidentiality, caseCode);
    }
}
