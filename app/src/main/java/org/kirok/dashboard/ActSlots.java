package org.kirok.dashboard;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The acts in columns of primitive arrays, one slot per act, indexes into {@link Dimensions} rather than ids: a
 * million acts take some 40 MB and are scanned in milliseconds. A deleted act keeps its slot with class −1. Not
 * thread-safe: {@link ActIndex} guards it with a read–write lock.
 */
final class ActSlots {
    static final short UNKNOWN_YEAR = 0;
    static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    int size;
    /** The earliest and latest year an act began in (never shrinks when acts are deleted). */
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    int[] type = new int[1024];
    int[] place = new int[1024];
    int[] startDay = new int[1024];
    short[] yearStart = new short[1024];
    short[] yearEnd = new short[1024];
    byte[] sex = new byte[1024];
    byte[] age = new byte[1024];
    int[] visibility = new int[1024];
    int[][] perpetrators = new int[1024][];
    UUID[] ids = new UUID[1024];
    private final Map<UUID, Integer> slots = new HashMap<>();

    /** Writes an act into its slot (a new one for an act not seen before). */
    void put(ActRow row, Dimensions dimensions, VisibilityClasses classes) {
        int slot = slots.computeIfAbsent(row.id(), id -> {
            grow();
            return size++;
        });
        ids[slot] = row.id();
        type[slot] = dimensions.type(row.typeId()).orElse(-1);
        place[slot] = row.placeId() == null ? -1 : dimensions.place(row.placeId()).orElse(-1);
        startDay[slot] = row.dateStart() != null ? (int) row.dateStart().toEpochDay()
                : row.dateEnd() != null ? (int) row.dateEnd().toEpochDay() : UNKNOWN_DAY;
        int first = row.dateStart() != null ? row.dateStart().getYear() : row.dateEnd() != null ? row.dateEnd().getYear() : 0;
        int last = row.dateEnd() != null ? row.dateEnd().getYear() : first;
        yearStart[slot] = (short) first;
        if (first != 0) {
            firstYear = Math.min(firstYear, first);
            lastYear = Math.max(lastYear, first);
        }
        yearEnd[slot] = (short) last;
        sex[slot] = (byte) VictimSex.ofColumn(row.sex()).ordinal();
        age[slot] = (byte) AgeGroup.of(row.birthYear(), first).ordinal();
        visibility[slot] = classes.intern(row.confidentiality(), row.organisationId(), row.recordDate());
        perpetrators[slot] = row.perpetrators().stream().map(dimensions::organisation)
                .filter(java.util.Optional::isPresent).mapToInt(java.util.Optional::get).distinct().toArray();
    }

    void remove(UUID id) {
        Integer slot = slots.get(id);
        if (slot != null) {
            visibility[slot] = -1;
        }
    }

    boolean contains(UUID id) {
        return slots.containsKey(id);
    }

    /** Rewrites the dimension indexes after the reference tables changed. */
    void remap(Dimensions from, Dimensions to) {
        int[] types = new int[from.types.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = to.type(from.types.get(i).id()).orElse(-1);
        }
        int[] places = new int[from.places.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = to.place(from.places.get(i).id()).orElse(-1);
        }
        int[] orgs = new int[from.organisations.size()];
        for (int i = 0; i < orgs.length; i++) {
            orgs[i] = to.organisation(from.organisations.get(i).id()).orElse(-1);
        }
        for (int s = 0; s < size; s++) {
            type[s] = type[s] < 0 ? -1 : types[type[s]];
            place[s] = place[s] < 0 ? -1 : places[place[s]];
            perpetrators[s] = Arrays.stream(perpetrators[s]).map(o -> orgs[o]).filter(o -> o >= 0).toArray();
        }
    }

    private void grow() {
        if (size < type.length) {
            return;
        }
        int capacity = type.length * 2;
        type = Arrays.copyOf(type, capacity);
        place = Arrays.copyOf(place, capacity);
        startDay = Arrays.copyOf(startDay, capacity);
        yearStart = Arrays.copyOf(yearStart, capacity);
        yearEnd = Arrays.copyOf(yearEnd, capacity);
        sex = Arrays.copyOf(sex, capacity);
        age = Arrays.copyOf(age, capacity);
        visibility = Arrays.copyOf(visibility, capacity);
        perpetrators = Arrays.copyOf(perpetrators, capacity);
        ids = Arrays.copyOf(ids, capacity);
    }
}
