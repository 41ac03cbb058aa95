package org.kirok.place.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.place.PlaceLevel;

/**
 * dprk_gazetteer.csv (dr5hn / GeoNames-derived): 11 provinces and 80 cities and towns with points. Provinces
 * become the built-in ISO 3166-2:KP provinces with the file's point; towns go under the county of the same name
 * when it exists (a county seat), else under their province. The file puts Kaesŏng under South Hwanghae; since
 * 2003 it belongs to North Hwanghae, where it is placed, with a note in the report.
 */
final class DprkGazetteerRows implements RowReader {
    private static final String NOTE = "point from the dr5hn countries-states-cities database (GeoNames-derived)";

    @Override
    public PlaceRecord read(SourceRow row) {
        row.checkEncoding();
        String level = row.required("level");
        String name = row.required("name");
        String suffix = row.required("iso_3166_2_suffix");
        Optional<Double> latitude = row.coordinate("latitude", 90);
        Optional<Double> longitude = row.coordinate("longitude", 180);
        Regions.Region province = Regions.dprkIso(suffix).or(() -> Regions.province("KP", row.text("province").orElse("")))
                .orElseThrow(() -> new RowRejected("iso_3166_2_suffix", "unknown parent: no DPRK province KP-" + suffix));
        List<String> notes = new ArrayList<>();
        if (level.equals("province")) {
            List<String> variants = new ArrayList<>(province.variants());
            variants.add(name);
            return new PlaceRecord(province.externalId(), PlaceLevel.PROVINCE, province.nameEn(),
                    Optional.of(province.nameKo()), variants, new PlaceRecord.Parent.Country("KP"), "KP", latitude,
                    longitude, Optional.of(NOTE), Optional.empty(), notes);
        }
        if (!level.equals("city_or_town")) {
            throw new RowRejected("level", "level must be province or city_or_town (got '" + level + "')");
        }
        if (PlaceKeys.canonical(name).equals(PlaceKeys.canonical("Kaesong")) && suffix.equals("05")) {
            province = Regions.dprkIso("06").orElseThrow();
            notes.add("Kaesŏng is listed under South Hwanghae; placed under North Hwanghae, its province since 2003");
        }
        List<String> variants = new ArrayList<>(Names.variants(name));
        row.text("name_ascii").ifPresent(variants::add);
        return new PlaceRecord("csc:" + row.required("csc_id"), PlaceLevel.LOCALITY, name, Optional.empty(), variants,
                new PlaceRecord.Parent.Within(new PlaceRecord.Parent.InRegion(province), name,
                        Set.of(PlaceLevel.COUNTY, PlaceLevel.CITY)),
                "KP", latitude, longitude, Optional.of(NOTE), Optional.empty(), notes);
    }
}
