package org.kirok.place;

import java.util.Locale;
import org.kirok.store.Codes;

/**
 * Where a place sits in the administrative hierarchy. A child always lies deeper than its parent; county and
 * city are the same depth (DPRK 군 and 시 are both second-level units under a province).
 */
public enum PlaceLevel {
    COUNTRY(0), PROVINCE(1), COUNTY(2), CITY(2), DISTRICT(3), LOCALITY(4), FACILITY(5);

    private final int depth;

    PlaceLevel(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    public boolean mayLieUnder(PlaceLevel parent) {
        return parent.depth < depth;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlaceLevel parse(String code) {
        return Codes.parse(PlaceLevel.class, code, "level");
    }
}
