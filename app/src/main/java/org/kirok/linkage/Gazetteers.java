package org.kirok.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.place.BuiltInPlaces;
import org.kirok.place.PlaceLevel;

/**
 * Fills an engine {@link Gazetteer} from the geo CSV files of the shared data folder
 * ({@code dprk_gazetteer.csv}, {@code dprk_counties_adm2_centroids.csv}, {@code china_border_cities.csv}),
 * then from the places Kirok ships ({@link BuiltInPlaces}) for names those files lack: they have no Tanchon,
 * a city of some 350,000, and list Rason and Pyongyang only as provinces. Where the towns file and the
 * administrative boundaries put a town in different provinces, the boundaries win. A file that is absent is skipped;
 * a malformed row is an error naming file, row and field.
 */
final class Gazetteers {
    private Gazetteers() {
    }

    static Gazetteer load(Path folder) throws IOException {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        Path towns = folder.resolve("dprk_gazetteer.csv");
        Path counties = folder.resolve("dprk_counties_adm2_centroids.csv");
        List<CSVRecord> countyRows = Files.exists(counties) ? rows(counties) : List.of();
        if (Files.exists(towns)) {
            List<CSVRecord> townRows = rows(towns);
            Map<String, String> provinceOfCounty = administrativeProvinces(townRows, countyRows);
            for (CSVRecord row : townRows) {
                if (!"province".equals(row.get("level"))) {
                    String province = provinceOfCounty.getOrDefault(PlaceKeys.canonical(row.get("name")), row.get("province"));
                    builder.add(place(towns, row, row.get("name"), "latitude", "longitude", province),
                            List.of(row.get("name"), row.get("name_ascii")));
                }
            }
        }
        for (CSVRecord row : countyRows) {
            builder.add(place(counties, row, row.get("adm2_name"), "centroid_lat", "centroid_lon", row.get("adm1_name")),
                    List.of(row.get("adm2_name"), row.get("adm2_varname")));
        }
        Path china = folder.resolve("china_border_cities.csv");
        if (Files.exists(china)) {
            for (CSVRecord row : rows(china)) {
                builder.add(place(china, row, row.get("name"), "latitude", "longitude", row.get("province")), List.of(row.get("name")));
            }
        }
        return withBuiltIn(builder).build();
    }

    /**
     * The province of each county-level unit, by its key, where the administrative-boundaries file names one of
     * the provinces the towns file lists: where the two disagree, the boundaries are right (the towns file puts
     * Kaesŏng in South Hwanghae and Anak in North Hwanghae; Kaesŏng was merged into North Hwanghae, Anak is a
     * county of South Hwanghae). A unit directly under the state (Sinŭiju) or a name two provinces share keeps
     * the towns file's province.
     */
    private static Map<String, String> administrativeProvinces(List<CSVRecord> townRows, List<CSVRecord> countyRows) {
        Map<String, String> provinceByKey = new HashMap<>();
        for (CSVRecord row : townRows) {
            if ("province".equals(row.get("level"))) {
                provinceByKey.put(PlaceKeys.canonical(row.get("name")), row.get("name"));
            }
        }
        Map<String, String> provinceOfCounty = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CSVRecord row : countyRows) {
            String key = PlaceKeys.canonical(row.get("adm2_name"));
            String province = provinceByKey.get(PlaceKeys.canonical(row.get("adm1_name")));
            String earlier = provinceOfCounty.put(key, province);
            if (province == null || (earlier != null && !earlier.equals(province))) {
                ambiguous.add(key);
            }
        }
        provinceOfCounty.keySet().removeAll(ambiguous);
        return provinceOfCounty;
    }

    /** The gazetteer of a command: the folder given, else the shared data's geo folder, else the built-in places alone. */
    static Gazetteer forCommand(Path folder) throws IOException {
        if (folder != null) {
            return load(folder);
        }
        var shared = SharedData.root();
        return shared.isPresent() ? load(shared.get().resolve("geo")) : withBuiltIn(new Gazetteer.Builder()).build();
    }

    /**
     * Adds the built-in provinces, cities and counties; a name already taken keeps its first place. A city's
     * region is its province's English name, which {@code PlaceKeys} reads like the shared files' spelling
     * ("South Hamgyong" and "South Hamgyong Province" are one region).
     */
    private static Gazetteer.Builder withBuiltIn(Gazetteer.Builder builder) {
        List<BuiltInPlaces.Row> rows = BuiltInPlaces.rows();
        Map<String, BuiltInPlaces.Row> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        for (BuiltInPlaces.Row row : rows) {
            if (row.level() != PlaceLevel.PROVINCE && row.level() != PlaceLevel.CITY && row.level() != PlaceLevel.COUNTY) {
                continue;
            }
            BuiltInPlaces.Row province = row.level() == PlaceLevel.PROVINCE ? row : byKey.get(row.parent());
            List<String> names = new ArrayList<>(List.of(row.nameEn(), row.nameKo()));
            names.addAll(row.variants());
            builder.add(new Gazetteer.Place(row.nameEn(), row.latitude(), row.longitude(),
                    province == null ? "" : province.nameEn()), names);
        }
        return builder;
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
