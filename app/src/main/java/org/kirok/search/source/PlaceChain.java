package org.kirok.search.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * A place with every place above it, root first (country, province, county, facility): what records located there
 * index — the names of the whole chain in both languages, their name keys (회령 = Hoeryong), the id path for the
 * hierarchical place facet, and the facility type when the place is a facility.
 */
record PlaceChain(List<Node> nodes) {
    static final int DEEPEST = 12;

    PlaceChain {
        nodes = List.copyOf(nodes);
    }

    /** One place of the chain. */
    record Node(UUID id, String level, String nameEn, Optional<String> nameKo, List<String> keys,
                Optional<String> facilityType, Optional<String> facilityEn, Optional<String> facilityKo) {
    }

    Node place() {
        return nodes.get(nodes.size() - 1);
    }

    List<String> idPath() {
        return nodes.stream().map(node -> node.id().toString()).toList();
    }

    /** "Onsong, North Hamgyong, North Korea" (most specific first, as addresses read). */
    String path(String language) {
        List<String> names = new ArrayList<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            names.add(language.equals("ko") ? node.nameKo().orElse(node.nameEn()) : node.nameEn());
        }
        return String.join(", ", names);
    }

    /** Chains of these places, by place id; unknown ids are absent. */
    static Map<UUID, PlaceChain> of(Handle handle, Collection<UUID> placeIds) {
        Map<UUID, List<Node>> reversed = new LinkedHashMap<>();
        if (placeIds.isEmpty()) {
            return Map.of();
        }
        handle.createQuery("""
                WITH RECURSIVE up (start, id, parent_id, depth) AS (
                    SELECT p.id, p.id, p.parent_id, 0 FROM place p WHERE p.id = ANY(:ids)
                    UNION ALL
                    SELECT up.start, p.id, p.parent_id, up.depth + 1 FROM place p JOIN up ON p.id = up.parent_id
                    WHERE up.depth < :deepest)
                SELECT up.start, p.id, p.level, p.name_en, p.name_ko, p.name_keys, t.code, t.label_en, t.label_ko
                FROM up JOIN place p ON p.id = up.id
                LEFT JOIN facility f ON f.place_id = p.id LEFT JOIN vocab_term t ON t.id = f.facility_type_id
                ORDER BY up.start, up.depth DESC""")
                .bindArray("ids", UUID.class, List.copyOf(placeIds)).bind("deepest", DEEPEST)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new Node(rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), Optional.ofNullable(rs.getString(5)),
                        strings(rs.getArray(6)), Optional.ofNullable(rs.getString(7)),
                        Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)))))
                .forEach(entry -> reversed.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        Map<UUID, PlaceChain> chains = new HashMap<>();
        reversed.forEach((id, nodes) -> chains.put(id, new PlaceChain(nodes)));
        return chains;
    }

    static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
