package org.kirok.map;

import java.util.Locale;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** A rectangle of longitudes and latitudes (WGS 84 degrees): what a map shows. Immutable. */
public record Extent(double minLon, double minLat, double maxLon, double maxLat) {
    /** The DPRK and the Chinese border region, the map's default view. */
    public static final Extent KOREA_AND_BORDER = new Extent(123.6, 37.5, 131.2, 43.6);

    public Extent {
        if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("not a map extent: " + minLon + "," + minLat + "," + maxLon + "," + maxLat);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    public boolean intersects(double otherMinLon, double otherMinLat, double otherMaxLon, double otherMaxLat) {
        return otherMinLon <= maxLon && otherMaxLon >= minLon && otherMinLat <= maxLat && otherMaxLat >= minLat;
    }

    /** This extent grown by a share of its size on every side, kept on the globe. */
    public Extent padded(double share, double minimumDegrees) {
        double dLon = Math.max((maxLon - minLon) * share, minimumDegrees);
        double dLat = Math.max((maxLat - minLat) * share, minimumDegrees);
        return new Extent(Math.max(-180, minLon - dLon), Math.max(-89.9, minLat - dLat),
                Math.min(180, maxLon + dLon), Math.min(89.9, maxLat + dLat));
    }

    /** As written in a query string: {@code minLon,minLat,maxLon,maxLat}. */
    public String text() {
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", minLon, minLat, maxLon, maxLat);
    }

    /** Reads {@code minLon,minLat,maxLon,maxLat}; bad input names the field. */
    public static Optional<Extent> parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new InvalidInputException(field, field + " must be minLon,minLat,maxLon,maxLat (got '" + text + "')");
        }
        try {
            return Optional.of(new Extent(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip())));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be four numbers minLon,minLat,maxLon,maxLat with "
                    + "min < max (got '" + text + "')");
        }
    }
}
