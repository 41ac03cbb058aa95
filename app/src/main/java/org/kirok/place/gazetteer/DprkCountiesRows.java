package org.kirok.place.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.place.PlaceLevel;

/**
 * dprk_counties_adm2_centroids.csv: the 186 county-level units (GADM ADM2) with McCune–Reischauer names,
 * simplified variants and area-weighted centroids — computed points, so each carries a note saying so.
 */
final class DprkCountiesRows implements RowReader {

    @Override
    public PlaceRecord read(SourceRow row) {
        row.checkEncoding();
        String adm1 = row.required("adm1_name");
        String name = row.required("adm2_name");
        Regions.Region province = Regions.province("KP", adm1)
                .orElseThrow(() -> new RowRejected("adm1_name", "unknown parent: no DPRK province called '" + adm1 + "'"));
        List<String> notes = new ArrayList<>();
        if (!province.named(adm1)) {
            notes.add("'" + adm1 + "' is a former special region, placed under " + province.nameEn());
        }
        List<String> variants = new ArrayList<>();
        row.text("adm2_varname").ifPresent(variants::add);
        String type = row.text("type_english").orElse("");
        row.text("type_local").ifPresent(local -> variants.add(name + "-" + local.toLowerCase(java.util.Locale.ROOT)));
        PlaceLevel level = type.equalsIgnoreCase("City") ? PlaceLevel.CITY : PlaceLevel.COUNTY;
        if (PlaceKeys.canonical(name).isEmpty()) {
            throw new RowRejected("adm2_name", "'" + name + "' is not a place name");
        }
        return new PlaceRecord("dprk-adm2:" + row.required("adm2_id"), level, name, Optional.empty(), variants,
                new PlaceRecord.Parent.InRegion(province), "KP", row.coordinate("centroid_lat", 90),
                row.coordinate("centroid_lon", 180),
                Optional.of("area-weighted centroid of the " + (type.isEmpty() ? "unit" : type.toLowerCase(java.util.Locale.ROOT))
                        + " (computed, not an official point)"), Optional.empty(), notes);
    }
}
