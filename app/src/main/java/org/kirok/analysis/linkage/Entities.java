package org.kirok.analysis.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Entities from the current judgments: person records joined along their current "same" links, as clustering with
 * cannot-link constraints (Wagstaff, Cardie, Rogers &amp; Schrödl, "Constrained k-means clustering with background
 * knowledge", ICML 2001, applied to agglomerative merging). A person's "different" is a cannot-link: no chain of
 * links may put the two in one entity, so it splits a proposed cluster. Links are taken people's first, then a
 * run's by probability, strongest first; a link that would join two records someone said are different is
 * refused — when that link is itself a person's, the two judgments conflict and are reported. Records joined by
 * nothing are entities of their own. Immutable result; thread-safe, stateless.
 */
public final class Entities {
    private static final Comparator<Judgment> ORDER = Comparator.comparing((Judgment j) -> !j.human())
            .thenComparing(j -> -j.probability().orElse(1.0))
            .thenComparingLong(Judgment::seq);

    private final Map<UUID, UUID> entityOf;
    private final Map<UUID, List<UUID>> members;
    private final List<Judgment> conflicts;

    private Entities(Map<UUID, UUID> entityOf, Map<UUID, List<UUID>> members, List<Judgment> conflicts) {
        this.entityOf = Map.copyOf(entityOf);
        this.members = Map.copyOf(members);
        this.conflicts = List.copyOf(conflicts);
    }

    /** Resolves the current state of pairs (at most one judgment per pair: each pair's latest row). */
    public static Entities resolve(Collection<Judgment> current) {
        Map<UUID, Set<UUID>> separated = new HashMap<>();
        List<Judgment> links = new ArrayList<>();
        for (Judgment judgment : current) {
            if (judgment.separates()) {
                separated.computeIfAbsent(judgment.pair().left(), k -> new HashSet<>()).add(judgment.pair().right());
                separated.computeIfAbsent(judgment.pair().right(), k -> new HashSet<>()).add(judgment.pair().left());
            } else if (judgment.links()) {
                links.add(judgment);
            }
        }
        links.sort(ORDER);
        Map<UUID, UUID> parent = new HashMap<>();
        Map<UUID, List<UUID>> membersOfRoot = new HashMap<>();
        Map<UUID, Set<UUID>> cannotOfRoot = new HashMap<>();
        List<Judgment> conflicts = new ArrayList<>();
        for (Judgment link : links) {
            UUID a = Roots.find(parent, link.pair().left());
            UUID b = Roots.find(parent, link.pair().right());
            if (a.equals(b)) {
                continue;
            }
            List<UUID> membersA = membersOfRoot.computeIfAbsent(a, root -> new ArrayList<>(List.of(root)));
            List<UUID> membersB = membersOfRoot.computeIfAbsent(b, root -> new ArrayList<>(List.of(root)));
            Set<UUID> cannotA = cannotOfRoot.computeIfAbsent(a, root -> new HashSet<>(separated.getOrDefault(root, Set.of())));
            cannotOfRoot.computeIfAbsent(b, root -> new HashSet<>(separated.getOrDefault(root, Set.of())));
            if (membersB.stream().anyMatch(cannotA::contains)) {
                if (link.human()) {
                    conflicts.add(link);
                }
                continue;
            }
            UUID keep = membersA.size() >= membersB.size() ? a : b;
            UUID merged = keep.equals(a) ? b : a;
            parent.put(merged, keep);
            membersOfRoot.get(keep).addAll(membersOfRoot.remove(merged));
            cannotOfRoot.get(keep).addAll(cannotOfRoot.remove(merged));
        }
        Map<UUID, UUID> entityOf = new HashMap<>();
        Map<UUID, List<UUID>> members = new HashMap<>();
        for (List<UUID> group : membersOfRoot.values()) {
            List<UUID> sorted = group.stream().sorted(PersonPair::compare).toList();
            UUID entity = sorted.get(0);
            sorted.forEach(person -> entityOf.put(person, entity));
            members.put(entity, sorted);
        }
        return new Entities(entityOf, members, conflicts);
    }

    /** The entity of a record: the id of its first member in uuid order, the record itself when linked to none. */
    public UUID entityOf(UUID person) {
        return entityOf.getOrDefault(person, person);
    }

    /** Every record of the entity the person belongs to, in uuid order (the person alone when linked to none). */
    public List<UUID> membersWith(UUID person) {
        return Optional.ofNullable(members.get(entityOf(person))).orElse(List.of(person));
    }

    /** People's "same" that were refused because other people's "different" forbids the join. */
    public List<Judgment> conflicts() {
        return conflicts;
    }

    /** The number of entities with more than one record. */
    public int linkedEntities() {
        return members.size();
    }
}
