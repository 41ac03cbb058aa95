package org.kirok.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kirok.engine.linkage.Gazetteer;

/**
 * Fills an engine {@link Gazetteer} from the geo CSV files of the shared data folder
 * ({@code dprk_gazetteer.csv}, {@code dprk_counties_adm2_centroids.csv}, {@code china_border_cities.csv}).
 * A file that is absent is skipped; a malformed row is an error naming file, row and field.
 */
final class Gazetteers {
    private Gazetteers() {
    }

    static Gazetteer load(Path folder) throws IOException {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        Path towns = folder.resolve("dprk_gazetteer.csv");
        if (Files.exists(towns)) {
            for (CSVRecord row : rows(towns)) {
                if (!"province".equals(row.get("level"))) {
                    builder.add(place(towns, row, row.get("name"), "latitude", "longitude", row.get("province")),
                            List.of(row.get("name"), row.get("name_ascii")));
                }
            }
        }
        Path counties = folder.resolve("dprk_counties_adm2_centroids.csv");
        if (Files.exists(counties)) {
            for (CSVRecord row : rows(counties)) {
                builder.add(place(counties, row, row.get("adm2_name"), "centroid_lat", "centroid_lon", row.get("adm1_name")),
                        List.of(row.get("adm2_name"), row.get("adm2_varname")));
            }
        }
        Path china = folder.resolve("china_border_cities.csv");
        if (Files.exists(china)) {
            for (CSVRecord row : rows(china)) {
                builder.add(place(china, row, row.get("name"), "latitude", "longitude", row.get("province")), List.of(row.get("name")));
            }
        }
        return builder.build();
    }

    private static Gazetteer.Place place(Path file, CSVRecord row, String name, String latitude, String longitude, String region) {
        try {
            return new Gazetteer.Place(name, Double.parseDouble(row.get(latitude)), Double.parseDouble(row.get(longitude)), region);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + " row " + row.getRecordNumber() + " (" + name
                    + "): bad " + latitude + "/" + longitude + ": " + e.getMessage(), e);
        }
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
        }
    }
}
