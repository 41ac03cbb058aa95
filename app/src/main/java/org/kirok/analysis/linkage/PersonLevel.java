package org.kirok.analysis.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.engine.linkage.Linkage;
import org.kirok.engine.linkage.PairExplanation;

/**
 * Turns a linkage of mentions into what is saved about persons: each person's proposed cluster (a person with
 * several mentions stays whole: its mentions' clusters are joined), the scored pairs worth keeping — every pair
 * at or above the review band's low end, and every pair inside a proposed cluster — each with the explanation of
 * the best-scoring pair of its persons' mentions.
 */
final class PersonLevel {
    /** A scored pair of persons. */
    record ScoredPair(PersonPair pair, Explanation explanation, boolean sameCluster) {
    }

    /** Each person's cluster (the id of its first person) and the pairs to save. */
    record Result(Map<UUID, UUID> clusterOf, List<ScoredPair> pairs) {
        long clusters() {
            return clusterOf.values().stream().distinct().count();
        }

        List<ScoredPair> proposedLinks() {
            return pairs.stream().filter(ScoredPair::sameCluster).toList();
        }
    }

    private PersonLevel() {
    }

    static Result of(PersonMentions.Loaded loaded, Linkage linkage, double keepFrom) {
        List<UUID> personOf = loaded.personOfRecord();
        Map<UUID, UUID> parent = new HashMap<>();
        Map<UUID, List<Integer>> recordsOf = new LinkedHashMap<>();
        for (int record = 0; record < personOf.size(); record++) {
            recordsOf.computeIfAbsent(personOf.get(record), id -> new ArrayList<>()).add(record);
            Roots.union(parent, personOf.get(record), personOf.get(linkage.clusterIndexOf(record)));
        }
        Map<UUID, UUID> firstOfRoot = new HashMap<>();
        Map<UUID, UUID> clusterOf = new LinkedHashMap<>();
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        for (UUID person : recordsOf.keySet()) {
            UUID cluster = firstOfRoot.computeIfAbsent(Roots.find(parent, person), root -> person);
            clusterOf.put(person, cluster);
            members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(person);
        }
        Map<PersonPair, Explanation> best = new HashMap<>();
        linkage.explainPairs(keepFrom, explanation -> keepBest(best, explanation));
        for (List<UUID> cluster : members.values()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    PersonPair pair = PersonPair.of(cluster.get(i), cluster.get(j));
                    if (!best.containsKey(pair)) {
                        for (int a : recordsOf.get(cluster.get(i))) {
                            for (int b : recordsOf.get(cluster.get(j))) {
                                keepBest(best, linkage.explain(a, b));
                            }
                        }
                    }
                }
            }
        }
        List<ScoredPair> pairs = new ArrayList<>();
        best.forEach((pair, explanation) -> pairs.add(new ScoredPair(pair, explanation,
                clusterOf.get(pair.left()).equals(clusterOf.get(pair.right())))));
        return new Result(clusterOf, pairs);
    }

    private static void keepBest(Map<PersonPair, Explanation> best, PairExplanation scored) {
        UUID left = personId(scored.leftId());
        UUID right = personId(scored.rightId());
        if (left.equals(right)) {
            return; // two names of one person: not a pair of persons
        }
        Explanation explanation = Explanation.of(scored);
        best.merge(PersonPair.of(left, right), explanation,
                (known, candidate) -> candidate.probability() > known.probability() ? candidate : known);
    }

    /** Mention ids are the person's id, followed by "#k" for its k-th further name. */
    static UUID personId(String mentionId) {
        int hash = mentionId.indexOf('#');
        return UUID.fromString(hash < 0 ? mentionId : mentionId.substring(0, hash));
    }
}
