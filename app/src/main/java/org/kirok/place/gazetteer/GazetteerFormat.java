package org.kirok.place.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The gazetteer formats Kirok reads, recognised from their header when asked for {@code auto}. */
public enum GazetteerFormat {
    AUTO, DPRK_GAZETTEER, DPRK_COUNTIES, CHINA_BORDER, FACILITIES, GEONAMES;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static GazetteerFormat parse(String code) {
        for (GazetteerFormat format : values()) {
            if (format.code().equalsIgnoreCase(code.strip()) || format.name().equalsIgnoreCase(code.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + code + "'; use one of " + Arrays.stream(values())
                .map(GazetteerFormat::code).collect(Collectors.joining(", ")));
    }

    GazetteerFormat resolve(List<String> header) {
        if (this != AUTO) {
            return this;
        }
        if (header.equals(SourceTable.GEONAMES_COLUMNS)) {
            return GEONAMES;
        }
        if (header.contains("facility_id")) {
            return FACILITIES;
        }
        if (header.contains("adm2_id")) {
            return DPRK_COUNTIES;
        }
        if (header.contains("csc_city_id")) {
            return CHINA_BORDER;
        }
        if (header.contains("csc_id") && header.contains("level")) {
            return DPRK_GAZETTEER;
        }
        throw new IllegalArgumentException("cannot tell the format from the header " + header
                + "; name it with --format (dprk-gazetteer, dprk-counties, china-border, facilities, geonames)");
    }

    RowReader reader(SourceTable table) {
        return switch (this) {
            case DPRK_GAZETTEER -> new DprkGazetteerRows();
            case DPRK_COUNTIES -> new DprkCountiesRows();
            case CHINA_BORDER -> new ChinaBorderRows();
            case FACILITIES -> new FacilityRows();
            case GEONAMES -> new GeoNamesRows(table.rows());
            case AUTO -> throw new IllegalStateException("resolve the format first");
        };
    }

    List<String> requiredColumns() {
        return switch (this) {
            case DPRK_GAZETTEER -> List.of("csc_id", "level", "name", "iso_3166_2_suffix", "latitude", "longitude");
            case DPRK_COUNTIES -> List.of("adm1_name", "adm2_id", "adm2_name", "centroid_lat", "centroid_lon");
            case CHINA_BORDER -> List.of("name", "province", "latitude", "longitude");
            case FACILITIES -> List.of("facility_id", "type_romanization", "name", "province", "latitude", "longitude");
            case GEONAMES, AUTO -> List.of();
        };
    }
}
