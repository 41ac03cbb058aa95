package org.kirok.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The places Kirok ships (resource {@code demo/places.tsv}): real public geography written for Kirok — countries,
 * provinces, cities and counties of the DPRK and its borderlands, detention facilities — with approximate
 * coordinates. The demo loads them as its places; linkage reads them as a gazetteer beside the shared one.
 */
public final class BuiltInPlaces {
    /** One row: {@code parent} and {@code operator} are keys of other rows (places, organisations), "" when none. */
    public record Row(String key, PlaceLevel level, String parent, String country, String nameEn, String nameKo,
            List<String> variants, double latitude, double longitude, String facilityType, String number, String operator) {
    }

    private static final String RESOURCE = "/demo/places.tsv";

    private BuiltInPlaces() {
    }

    /** Every row in file order, parents before their children. */
    public static List<Row> rows() {
        InputStream in = BuiltInPlaces.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(row(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(rows);
    }

    private static Row row(String line, int number) {
        String[] f = Arrays.stream(Arrays.copyOf(line.split("\t", -1), 12)).map(v -> v == null ? "" : v).toArray(String[]::new);
        try {
            return new Row(f[0], PlaceLevel.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3], f[4], f[5],
                    f[6].isEmpty() ? List.of() : List.of(f[6].split("\\|")), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    f[9], f[10], f[11]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
        }
    }
}
