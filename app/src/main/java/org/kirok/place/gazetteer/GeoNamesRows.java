package org.kirok.place.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kirok.place.PlaceLevel;

/**
 * GeoNames' tab-separated dump (19 columns, no header; geonames.org/export). Countries and first-level divisions
 * of the DPRK and China merge with the built-in regions; ADM2 units go under their ADM1 and populated places under
 * their ADM2 or ADM1 when the same file has them, else under their country. The Korean name is the first
 * alternate name in Hangul.
 */
final class GeoNamesRows implements RowReader {
    private static final int MAX_VARIANTS = 60;
    private final Map<String, String> admin1 = new HashMap<>();
    private final Map<String, String> admin2 = new HashMap<>();

    GeoNamesRows(List<SourceRow> rows) {
        for (SourceRow row : rows) {
            String code = row.fields().getOrDefault("feature_code", "");
            String cc = row.fields().getOrDefault("country_code", "");
            String a1 = row.fields().getOrDefault("admin1", "");
            if (code.equals("ADM1")) {
                admin1.put(cc + "." + a1, externalId(row, PlaceLevel.PROVINCE));
            } else if (code.equals("ADM2")) {
                admin2.put(cc + "." + a1 + "." + row.fields().getOrDefault("admin2", ""), "geonames:" + row.fields().get("geonameid"));
            }
        }
    }

    private static String externalId(SourceRow row, PlaceLevel level) {
        String cc = row.fields().getOrDefault("country_code", "");
        String name = row.fields().getOrDefault("name", "");
        if (level == PlaceLevel.PROVINCE) {
            Optional<Regions.Region> region = Regions.province(cc, name);
            if (region.isPresent()) {
                return region.get().externalId();
            }
        }
        return level == PlaceLevel.COUNTRY ? Regions.country(cc).externalId() : "geonames:" + row.fields().get("geonameid");
    }

    @Override
    public PlaceRecord read(SourceRow row) {
        row.checkEncoding();
        // a tab-separated dump says how many cells each line had; a CSV carrying GeoNames' column names has them all
        int cells = Optional.ofNullable(row.fields().get("_cells")).map(Integer::parseInt).orElse(row.fields().size());
        if (cells < 15) {
            throw new RowRejected("row", "a GeoNames row has 19 tab-separated columns; this one has " + cells);
        }
        String id = row.required("geonameid");
        if (!id.matches("\\d+")) {
            throw new RowRejected("geonameid", "geonameid must be a number (got '" + id + "')");
        }
        String name = row.required("name");
        String cc = row.required("country_code");
        if (!cc.matches("[A-Z]{2}")) {
            throw new RowRejected("country_code", "country_code must be two capital letters (got '" + cc + "')");
        }
        String featureClass = row.text("feature_class").orElse("");
        String code = row.text("feature_code").orElse("");
        String a1 = row.text("admin1").orElse("");
        String a2 = row.text("admin2").orElse("");
        Optional<Double> latitude = row.coordinate("latitude", 90);
        Optional<Double> longitude = row.coordinate("longitude", 180);
        PlaceLevel level;
        PlaceRecord.Parent parent;
        PlaceRecord.Parent country = new PlaceRecord.Parent.Country(cc);
        if (code.startsWith("PCL")) {
            level = PlaceLevel.COUNTRY;
            parent = country;
        } else if (code.equals("ADM1")) {
            level = PlaceLevel.PROVINCE;
            parent = country;
        } else {
            Optional<String> inAdmin2 = code.equals("ADM2") ? Optional.empty()
                    : Optional.ofNullable(admin2.get(cc + "." + a1 + "." + a2));
            Optional<String> inAdmin1 = Optional.ofNullable(admin1.get(cc + "." + a1));
            parent = inAdmin2.<PlaceRecord.Parent>map(e -> new PlaceRecord.Parent.External(e, "GeoNames ADM2 " + a2))
                    .or(() -> inAdmin1.map(e -> new PlaceRecord.Parent.External(e, "GeoNames ADM1 " + a1)))
                    .orElse(country);
            if (code.equals("ADM2")) {
                level = PlaceLevel.COUNTY;
            } else if (code.equals("ADM3") || code.equals("ADM4")) {
                level = code.equals("ADM3") ? PlaceLevel.DISTRICT : PlaceLevel.LOCALITY;
            } else if (featureClass.equals("P") && inAdmin2.isEmpty() && code.matches("PPLA2?|PPLC")) {
                level = PlaceLevel.CITY;
            } else {
                level = PlaceLevel.LOCALITY;
            }
        }
        List<String> alternates = new ArrayList<>();
        row.text("asciiname").ifPresent(alternates::add);
        for (String alternate : row.text("alternatenames").orElse("").split(",")) {
            String text = alternate.strip();
            if (!text.isEmpty() && text.length() <= 200 && !text.contains("://") && alternates.size() < MAX_VARIANTS) {
                alternates.add(text);
            }
        }
        Optional<String> nameKo = alternates.stream().filter(GeoNamesRows::isHangul).findFirst();
        if (level == PlaceLevel.COUNTRY || level == PlaceLevel.PROVINCE && !externalId(row, level).startsWith("geonames:")) {
            Regions.Region region = level == PlaceLevel.COUNTRY ? Regions.country(cc) : Regions.province(cc, name).orElseThrow();
            alternates.add(name);
            alternates.addAll(region.variants());
            return new PlaceRecord(region.externalId(), level, region.nameEn(), Optional.of(region.nameKo()), alternates,
                    parent, cc, latitude, longitude, Optional.of("GeoNames " + id), Optional.empty(), List.of());
        }
        return new PlaceRecord("geonames:" + id, level, name, nameKo, alternates, parent, cc, latitude, longitude,
                Optional.of("GeoNames " + id + " (" + featureClass + "." + code + ")"), Optional.empty(), List.of());
    }

    private static boolean isHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
