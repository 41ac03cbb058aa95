package org.kirok.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.name.PlaceKeys;

/**
 * The place table in memory for an analysis: each place's parent, level, names and coordinates. Places are
 * reference data (no confidentiality), so the whole table is read. It gives linkage a {@link Gazetteer} of the
 * places persons come from, and estimation the province a place lies in. Immutable, thread-safe.
 */
public final class Places {
    /** Levels under which a place without coordinates may borrow its parent's: a facility lies near its town. */
    private static final Set<String> NEAR_PARENT_LEVELS = Set.of("county", "city", "district", "locality");

    record Entry(UUID id, Optional<UUID> parent, String level, String nameEn, Optional<String> nameKo,
                 Optional<Double> latitude, Optional<Double> longitude) {
    }

    private final Map<UUID, Entry> entries;
    private final Map<UUID, String> linkageValues;

    private Places(Map<UUID, Entry> entries) {
        this.entries = Map.copyOf(entries);
        this.linkageValues = Map.copyOf(linkageValues(entries));
    }

    public static Places load(Handle handle) {
        Map<UUID, Entry> entries = new HashMap<>();
        handle.createQuery("SELECT id, parent_id, level, name_en, name_ko, latitude, longitude FROM place")
                .map((rs, ctx) -> new Entry(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getString(4), Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable((Double) rs.getObject(6)), Optional.ofNullable((Double) rs.getObject(7))))
                .forEach(entry -> entries.put(entry.id(), entry));
        return new Places(entries);
    }

    /** The province (first-level unit) a place lies in, or the place itself when it is one. */
    public Optional<UUID> province(UUID place) {
        Entry at = entries.get(place);
        for (int depth = 0; at != null && depth < 12; depth++) {
            if (at.level().equals("province")) {
                return Optional.of(at.id());
            }
            at = at.parent().map(entries::get).orElse(null);
        }
        return Optional.empty();
    }

    /** The place's name in a language ("ko" or "en"), or empty for an unknown id. */
    public Optional<String> name(UUID place, String language) {
        return Optional.ofNullable(entries.get(place))
                .map(entry -> language.equals("ko") ? entry.nameKo().orElse(entry.nameEn()) : entry.nameEn());
    }

    /**
     * The text linkage compares for a person's origin place: its English name, made unique when two places would
     * share a {@link PlaceKeys} key (there are two Dongxings) by adding the names of its ancestors.
     */
    public String linkageValue(UUID place) {
        return linkageValues.getOrDefault(place, "");
    }

    /**
     * A gazetteer keyed by {@link #linkageValue}: every place with coordinates of its own (or, below a county, its
     * parent's), its region being its province. Places without either are compared by spelling only.
     */
    public Gazetteer gazetteer() {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        for (Entry entry : entries.values()) {
            coordinates(entry).ifPresent(point -> builder.add(new Gazetteer.Place(linkageValue(entry.id()), point[0],
                    point[1], province(entry.id()).map(id -> entries.get(id).nameEn()).orElse("")),
                    List.of(linkageValue(entry.id()))));
        }
        return builder.build();
    }

    private Optional<double[]> coordinates(Entry entry) {
        if (entry.latitude().isPresent() && entry.longitude().isPresent()) {
            return Optional.of(new double[] {entry.latitude().get(), entry.longitude().get()});
        }
        Entry parent = entry.parent().map(entries::get).orElse(null);
        if (parent != null && NEAR_PARENT_LEVELS.contains(parent.level())
                && parent.latitude().isPresent() && parent.longitude().isPresent()) {
            return Optional.of(new double[] {parent.latitude().get(), parent.longitude().get()});
        }
        return Optional.empty();
    }

    private static Map<UUID, String> linkageValues(Map<UUID, Entry> entries) {
        Map<String, List<UUID>> byKey = new HashMap<>();
        entries.values().forEach(entry -> byKey.computeIfAbsent(PlaceKeys.canonical(entry.nameEn()),
                key -> new ArrayList<>()).add(entry.id()));
        Map<UUID, String> values = new HashMap<>();
        for (List<UUID> sharing : byKey.values()) {
            for (UUID id : sharing) {
                values.put(id, sharing.size() == 1 ? entries.get(id).nameEn() : withAncestors(entries, id));
            }
        }
        return values;
    }

    /** "Dongxing Fangchenggang Guangxi China": spaces, not commas, because a key reads only the first component. */
    private static String withAncestors(Map<UUID, Entry> entries, UUID id) {
        StringBuilder text = new StringBuilder(entries.get(id).nameEn().replace(',', ' '));
        Entry at = entries.get(id).parent().map(entries::get).orElse(null);
        for (int depth = 0; at != null && depth < 12; depth++) {
            text.append(' ').append(at.nameEn().replace(',', ' '));
            at = at.parent().map(entries::get).orElse(null);
        }
        return text.toString();
    }
}
