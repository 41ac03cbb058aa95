package org.kirok.analysis.linkage;

import java.util.Map;
import java.util.UUID;

/**
 * Union–find over record ids held in a map (a record absent from it is its own root), with path halving: the
 * bookkeeping under both the person-level clusters of a run and the entities of the judgments.
 */
final class Roots {
    private Roots() {
    }

    static UUID find(Map<UUID, UUID> parent, UUID record) {
        UUID at = record;
        while (true) {
            UUID up = parent.getOrDefault(at, at);
            if (up.equals(at)) {
                return at;
            }
            UUID grand = parent.getOrDefault(up, up);
            parent.put(at, grand);
            at = grand;
        }
    }

    /** Joins the two records' sets; returns the surviving root. */
    static UUID union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID rootA = find(parent, a);
        UUID rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
        return rootA;
    }
}
