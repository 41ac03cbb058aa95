package org.kirok.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The small reference tables the dashboard counts by, held in memory with dense indexes: act types, places (with
 * their province, county-level unit and the coordinates of the nearest located ancestor) and organisations (with
 * their top-level organisation). Immutable; a change in the database gives a new instance.
 */
final class Dimensions {
    record TypeInfo(UUID id, String code, String en, String ko) {
        String label(String language) {
            return language.equals("ko") ? ko : en;
        }
    }

    record PlaceInfo(UUID id, int parent, String level, String en, String ko, double lat, double lon) {
        String label(String language) {
            return language.equals("ko") && ko != null ? ko : en;
        }
    }

    record OrgInfo(UUID id, int parent, String en, String ko, String abbreviation) {
        String label(String language) {
            return language.equals("ko") && ko != null ? ko : en;
        }
    }

    final List<TypeInfo> types;
    final List<PlaceInfo> places;
    final List<OrgInfo> organisations;
    /** Per place: its province (or, outside any province, its country), its county-level unit, -1 when none. */
    final int[] provinceOf;
    final int[] countyOf;
    /** Per place: where it is drawn (its own coordinates or the nearest located ancestor's), NaN when nowhere. */
    final double[] drawLat;
    final double[] drawLon;
    /** Per organisation: its top-level organisation. */
    final int[] rootOf;
    final String signature;
    private final Map<UUID, Integer> typeIndex = new HashMap<>();
    private final Map<String, Integer> typeByCode = new HashMap<>();
    private final Map<UUID, Integer> placeIndex = new HashMap<>();
    private final Map<UUID, Integer> organisationIndex = new HashMap<>();

    private Dimensions(List<TypeInfo> types, List<PlaceInfo> places, List<OrgInfo> organisations, String signature) {
        this.types = List.copyOf(types);
        this.places = List.copyOf(places);
        this.organisations = List.copyOf(organisations);
        this.signature = signature;
        for (int i = 0; i < types.size(); i++) {
            typeIndex.put(types.get(i).id(), i);
            typeByCode.put(types.get(i).code(), i);
        }
        for (int i = 0; i < places.size(); i++) {
            placeIndex.put(places.get(i).id(), i);
        }
        for (int i = 0; i < organisations.size(); i++) {
            organisationIndex.put(organisations.get(i).id(), i);
        }
        this.provinceOf = new int[places.size()];
        this.countyOf = new int[places.size()];
        this.drawLat = new double[places.size()];
        this.drawLon = new double[places.size()];
        for (int i = 0; i < places.size(); i++) {
            placeHierarchy(i);
        }
        this.rootOf = new int[organisations.size()];
        for (int i = 0; i < organisations.size(); i++) {
            int root = i;
            for (int depth = 0; depth < 20 && organisations.get(root).parent() >= 0; depth++) {
                root = organisations.get(root).parent();
            }
            rootOf[i] = root;
        }
    }

    private void placeHierarchy(int place) {
        int province = -1;
        int country = -1;
        int county = -1;
        int below = -1;
        drawLat[place] = Double.NaN;
        drawLon[place] = Double.NaN;
        int current = place;
        for (int depth = 0; depth < 20 && current >= 0; depth++) {
            PlaceInfo info = places.get(current);
            if (Double.isNaN(drawLat[place]) && !Double.isNaN(info.lat())) {
                drawLat[place] = info.lat();
                drawLon[place] = info.lon();
            }
            if (province < 0 && info.level().equals("province")) {
                province = current;
                county = below; // the county-level unit is the province's child on the way up
            }
            if (country < 0 && info.level().equals("country")) {
                country = current;
            }
            below = current;
            current = info.parent();
        }
        provinceOf[place] = province >= 0 ? province : country;
        countyOf[place] = province >= 0 ? county : -1;
    }

    Optional<Integer> type(UUID id) {
        return Optional.ofNullable(typeIndex.get(id));
    }

    Optional<Integer> typeByCode(String code) {
        return Optional.ofNullable(typeByCode.get(code));
    }

    Optional<Integer> place(UUID id) {
        return Optional.ofNullable(placeIndex.get(id));
    }

    Optional<Integer> organisation(UUID id) {
        return Optional.ofNullable(organisationIndex.get(id));
    }

    /** Marks the place and everything below it. */
    boolean[] placeSubtree(int root) {
        boolean[] inside = new boolean[places.size()];
        for (int i = 0; i < places.size(); i++) {
            int current = i;
            for (int depth = 0; depth < 20 && current >= 0; depth++) {
                if (current == root) {
                    inside[i] = true;
                    break;
                }
                current = places.get(current).parent();
            }
        }
        return inside;
    }

    /** Marks the organisation and all its units. */
    boolean[] organisationSubtree(int root) {
        boolean[] inside = new boolean[organisations.size()];
        for (int i = 0; i < organisations.size(); i++) {
            int current = i;
            for (int depth = 0; depth < 20 && current >= 0; depth++) {
                if (current == root) {
                    inside[i] = true;
                    break;
                }
                current = organisations.get(current).parent();
            }
        }
        return inside;
    }

    static String signature(Handle handle) {
        return handle.createQuery("""
                SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM place) || '|'
                    || (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM organisation) || '|'
                    || (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM vocab_term WHERE vocabulary = 'act_type')""")
                .mapTo(String.class).one();
    }

    static Dimensions load(Handle handle) {
        String signature = signature(handle);
        List<TypeInfo> types = handle.createQuery("""
                SELECT id, code, label_en, label_ko FROM vocab_term WHERE vocabulary = 'act_type' ORDER BY sort_order, code""")
                .map((rs, ctx) -> new TypeInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<Object[]> placeRows = handle.createQuery("""
                SELECT id, parent_id, level, name_en, name_ko, latitude, longitude FROM place ORDER BY id""")
                .map((rs, ctx) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Double.class), rs.getObject(7, Double.class)})
                .list();
        Map<UUID, Integer> placeIds = new HashMap<>();
        for (int i = 0; i < placeRows.size(); i++) {
            placeIds.put((UUID) placeRows.get(i)[0], i);
        }
        List<PlaceInfo> places = new ArrayList<>();
        for (Object[] row : placeRows) {
            places.add(new PlaceInfo((UUID) row[0], row[1] == null ? -1 : placeIds.getOrDefault((UUID) row[1], -1),
                    (String) row[2], (String) row[3], (String) row[4],
                    row[5] == null ? Double.NaN : (Double) row[5], row[6] == null ? Double.NaN : (Double) row[6]));
        }
        List<Object[]> orgRows = handle.createQuery("""
                SELECT id, parent_id, name_en, name_ko, abbreviation FROM organisation ORDER BY id""")
                .map((rs, ctx) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)})
                .list();
        Map<UUID, Integer> orgIds = new HashMap<>();
        for (int i = 0; i < orgRows.size(); i++) {
            orgIds.put((UUID) orgRows.get(i)[0], i);
        }
        List<OrgInfo> organisations = new ArrayList<>();
        for (Object[] row : orgRows) {
            organisations.add(new OrgInfo((UUID) row[0], row[1] == null ? -1 : orgIds.getOrDefault((UUID) row[1], -1),
                    (String) row[2], (String) row[3], (String) row[4]));
        }
        return new Dimensions(types, places, organisations, signature);
    }
}
