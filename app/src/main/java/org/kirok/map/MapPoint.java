package org.kirok.map;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A place on the map with what happened there: its count (empty when the disclosure gate hid it), whether it is a
 * detention facility, and where clicking it leads. Immutable.
 */
public record MapPoint(String key, String label, double lon, double lat, OptionalLong count, boolean facility,
                       Optional<String> href) {
    public MapPoint {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a position: " + lon + ", " + lat + " for " + key);
        }
    }

    /** The weight in clustering: a hidden count weighs like the smallest shown one. */
    long weight() {
        return Math.max(1, count.orElse(1));
    }
}
