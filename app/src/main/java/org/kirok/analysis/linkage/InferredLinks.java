package org.kirok.analysis.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a finished run appends to the judgment log, as Duke keeps its link database: an inferred "same" for every
 * pair inside a proposed cluster that is not already linked that way, and a retraction of every inferred "same" of
 * an earlier run between two records this run looked at but no longer puts together. A pair a person has judged
 * is left alone: people override the model. Unchanged links write nothing, so running again changes nothing.
 */
final class InferredLinks {
    /** The rows to append, and how many of each kind. */
    record Changes(List<JudgmentStore.NewRow> rows, int inferred, int retracted) {
    }

    private InferredLinks() {
    }

    static Changes between(UUID runId, Collection<PersonLevel.ScoredPair> proposed, Set<UUID> scope,
                           Collection<Judgment> current) {
        Map<PersonPair, Judgment> currentByPair = new HashMap<>();
        current.forEach(judgment -> currentByPair.put(judgment.pair(), judgment));
        List<JudgmentStore.NewRow> rows = new ArrayList<>();
        Set<PersonPair> proposedPairs = new HashSet<>();
        int inferred = 0;
        for (PersonLevel.ScoredPair link : proposed) {
            proposedPairs.add(link.pair());
            Judgment now = currentByPair.get(link.pair());
            boolean alreadyLinked = now != null && now.status() == JudgmentStatus.INFERRED;
            if (now != null && now.human() || alreadyLinked) {
                continue;
            }
            rows.add(new JudgmentStore.NewRow(UUID.randomUUID(), link.pair(), Decision.SAME, JudgmentStatus.INFERRED,
                    Optional.empty(), Optional.of(runId), Optional.of(link.explanation().probability()), Optional.empty(),
                    Optional.empty()));
            inferred++;
        }
        int retracted = 0;
        for (Judgment now : current) {
            boolean stale = now.status() == JudgmentStatus.INFERRED && !proposedPairs.contains(now.pair())
                    && scope.contains(now.pair().left()) && scope.contains(now.pair().right());
            if (stale) {
                rows.add(new JudgmentStore.NewRow(UUID.randomUUID(), now.pair(), now.decision(), JudgmentStatus.RETRACTED,
                        Optional.of(now.id()), Optional.of(runId), now.probability(), Optional.empty(), Optional.empty()));
                retracted++;
            }
        }
        return new Changes(rows, inferred, retracted);
    }
}
