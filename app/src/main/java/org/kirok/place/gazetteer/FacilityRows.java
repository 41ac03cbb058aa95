package org.kirok.place.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.kirok.place.PlaceLevel;

/**
 * dprk_detention_facilities.csv: the facility types (rows TYPE-…, which describe the facility_type vocabulary and
 * are skipped) and the named camps and prisons, each placed in its county when that county is known, else in its
 * province. Camps published without a site point get their county's centroid, labelled as an approximation.
 */
final class FacilityRows implements RowReader {
    private static final Map<String, String> TYPES = Map.of("kwanliso", "kwanliso", "kyohwaso", "kyohwaso",
            "kyoyangso", "kyoyangso", "jipkyulso", "jipkyulso", "rodong danryeondae", "rodong_danryeondae",
            "kuryujang", "mss_holding");

    @Override
    public PlaceRecord read(SourceRow row) {
        row.checkEncoding();
        String id = row.required("facility_id");
        String romanization = row.required("type_romanization");
        String typeWord = romanization.replaceAll("\\s*\\(.*\\)", "").strip();
        String type = TYPES.get(typeWord);
        if (type == null) {
            throw new RowRejected("type_romanization", "unknown facility type '" + romanization + "'; known: "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        if (id.startsWith("TYPE-")) {
            throw new RowSkipped("facility type " + typeWord + " (" + row.text("type_korean").orElse("") + ") — the "
                    + "facility_type vocabulary term " + type + " describes it");
        }
        String name = row.required("name");
        String provinceName = row.required("province");
        Regions.Region province = Regions.province("KP", provinceName)
                .or(() -> Regions.province("KP", Names.variants(provinceName).stream().skip(1).findFirst().orElse("")))
                .orElseThrow(() -> new RowRejected("province", "unknown parent: no DPRK province called '"
                        + provinceName + "'"));
        Optional<String> number = row.text("number");
        List<String> variants = new ArrayList<>(Names.variants(name));
        number.ifPresent(n -> {
            variants.add(typeWord + " No. " + n);
            if (type.equals("kwanliso")) {
                variants.add("Camp " + n);
            }
        });
        Optional<String> nameKo = number.map(n -> "제" + n + "호 " + row.text("type_korean").orElse(""))
                .map(String::strip);
        String county = row.text("county_or_district").map(c -> c.split(",")[0]).orElse("");
        PlaceRecord.Parent parent = county.isBlank() ? new PlaceRecord.Parent.InRegion(province)
                : new PlaceRecord.Parent.Within(new PlaceRecord.Parent.InRegion(province), county,
                        Set.of(PlaceLevel.COUNTY, PlaceLevel.CITY));
        StringJoiner coordNote = new StringJoiner("; ");
        row.text("coord_precision").ifPresent(coordNote::add);
        row.text("coord_note_or_source").ifPresent(coordNote::add);
        return new PlaceRecord("dprk-facility:" + id, PlaceLevel.FACILITY, Names.bare(name), nameKo, variants, parent, "KP",
                row.coordinate("latitude", 90), row.coordinate("longitude", 180),
                Optional.of(Names.clip(coordNote.toString(), 2000)).filter(s -> !s.isEmpty()),
                Optional.of(new PlaceRecord.FacilitySpec(type, number, row.text("status_reported").map(s -> Names.clip(s, 300)),
                        Optional.of(notes(row)).filter(s -> !s.isEmpty()))), List.of());
    }

    private static String notes(SourceRow row) {
        StringJoiner notes = new StringJoiner("\n");
        row.text("notes").ifPresent(notes::add);
        row.text("operator_reported").ifPresent(o -> notes.add("Operator reported: " + o));
        row.text("prisoner_estimate").ifPresent(p -> notes.add("Prisoners (estimates): " + p));
        row.text("area_km2").ifPresent(a -> notes.add("Area (km²): " + a));
        row.text("sources").ifPresent(s -> notes.add("Sources: " + s));
        return Names.clip(notes.toString(), 10_000);
    }
}
