package org.kirok.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Coarse outlines of the DPRK, South Korea and north-east China, written for Kirok (orientation-outlines.geojson:
 * the border of org/kirok/urgent/dprk-china-border.csv, coasts and the demarcation line to within about 10 km), so
 * that a map means something before real boundaries are imported. Not authoritative; never fetched from anywhere.
 */
final class OrientationOutlines {
    private static final List<Boundary> OUTLINES = load();

    private OrientationOutlines() {
    }

    static List<Boundary> get() {
        return OUTLINES;
    }

    private static List<Boundary> load() {
        try (InputStream in = OrientationOutlines.class.getResourceAsStream("/org/kirok/map/orientation-outlines.geojson")) {
            if (in == null) {
                throw new IllegalStateException("orientation-outlines.geojson is missing from the build");
            }
            return BoundaryFile.read(in.readAllBytes(), "orientation-outlines.geojson", Optional.empty(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
