package org.kirok.upr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An analyst's assessment of one recommendation over one period, with the cases cited as evidence (by code). */
public record Assessment(UUID id, UUID recommendationId, Period period, AssessmentStatus status, Optional<String> note,
                         List<String> citedCases, Optional<String> assessedBy, Instant assessedAt, int version) {

    public Assessment {
        citedCases = List.copyOf(citedCases);
    }
}
