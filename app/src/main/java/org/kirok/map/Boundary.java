package org.kirok.map;

import java.util.List;
import java.util.Optional;

/**
 * An administrative area to draw: its key in the source file, names, level, and its polygons (each a list of rings,
 * the first the outline, the rest holes; a ring is lon0, lat0, lon1, lat1, …). Immutable.
 */
public record Boundary(String featureKey, Optional<String> nameEn, Optional<String> nameKo, Level level,
                       List<List<double[]>> polygons) {

    /** How large an area is: countries are drawn as land, provinces and counties as lines. */
    public enum Level {
        COUNTRY, PROVINCE, COUNTY, OTHER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Level parse(String text, String field) {
            for (Level level : values()) {
                if (level.code().equalsIgnoreCase(text.strip())) {
                    return level;
                }
            }
            throw new org.kirok.store.InvalidInputException(field, field + " must be country, province, county or other "
                    + "(got '" + text + "')");
        }
    }

    public Boundary {
        if (featureKey == null || featureKey.isBlank() || featureKey.length() > 200) {
            throw new IllegalArgumentException("a boundary needs a key of 1 to 200 characters");
        }
        polygons = polygons.stream().map(List::copyOf).toList();
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("boundary " + featureKey + " has no polygon");
        }
    }

    /** Every ring, outlines and holes alike, for drawing with the even-odd rule. */
    public List<double[]> rings() {
        return polygons.stream().flatMap(List::stream).toList();
    }

    /** {minLon, minLat, maxLon, maxLat}. */
    public double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] ring : rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                b[0] = Math.min(b[0], ring[i]);
                b[1] = Math.min(b[1], ring[i + 1]);
                b[2] = Math.max(b[2], ring[i]);
                b[3] = Math.max(b[3], ring[i + 1]);
            }
        }
        return b;
    }

    public String label(String language) {
        return (language.equals("ko") ? nameKo.or(() -> nameEn) : nameEn.or(() -> nameKo)).orElse(featureKey);
    }
}
