package org.kirok.analysis.linkage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Judgment rows for tests, as the log would hold them. */
final class Judgments {
    private static long seq;

    private Judgments() {
    }

    static Judgment asserted(UUID a, UUID b, Decision decision) {
        return new Judgment(UUID.randomUUID(), ++seq, PersonPair.of(a, b), decision, JudgmentStatus.ASSERTED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(UUID.randomUUID()), Optional.of("analyst"),
                Optional.empty(), Instant.now());
    }

    static Judgment inferred(UUID a, UUID b, double probability) {
        return new Judgment(UUID.randomUUID(), ++seq, PersonPair.of(a, b), Decision.SAME, JudgmentStatus.INFERRED,
                Optional.empty(), Optional.of(UUID.randomUUID()), Optional.of(probability), Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.now());
    }

    static Judgment retracted(Judgment withdrawn, boolean byPerson) {
        return new Judgment(UUID.randomUUID(), ++seq, withdrawn.pair(), withdrawn.decision(), JudgmentStatus.RETRACTED,
                Optional.of(withdrawn.id()), withdrawn.runId(), withdrawn.probability(),
                byPerson ? Optional.of(UUID.randomUUID()) : Optional.empty(), Optional.empty(), Optional.empty(), Instant.now());
    }
}
