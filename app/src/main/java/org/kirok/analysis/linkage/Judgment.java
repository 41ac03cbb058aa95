package org.kirok.analysis.linkage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the append-only judgment log about a pair of person records: a person's same / different / unsure, a
 * run's inferred "same", or the retraction of an earlier row. {@code seq} orders the log; a pair's latest row is
 * its current state. {@code reason} is the decider's note, present only for readers with identity access.
 */
public record Judgment(UUID id, long seq, PersonPair pair, Decision decision, JudgmentStatus status,
                       Optional<UUID> retracts, Optional<UUID> runId, Optional<Double> probability,
                       Optional<UUID> decidedBy, Optional<String> decidedByName, Optional<String> reason,
                       Instant decidedAt) {

    /** Made by a person, not by a linkage run: a run never writes over it. */
    public boolean human() {
        return decidedBy.isPresent();
    }

    /** As a current state: the two records are linked as one person. */
    public boolean links() {
        return status != JudgmentStatus.RETRACTED && decision == Decision.SAME;
    }

    /** As a current state: a person said the two are different people, which no chain of links may overrule. */
    public boolean separates() {
        return status == JudgmentStatus.ASSERTED && decision == Decision.DIFFERENT;
    }
}
