package org.kirok.place.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.place.PlaceLevel;

/**
 * china_border_cities.csv: Chinese cities on escape and repatriation routes. Each goes under its province, so the
 * two Dongxings stay apart: the one in Guangxi (on the Vietnamese border, where escapees arrested in Vietnam were
 * taken) and the one in Heilongjiang.
 */
final class ChinaBorderRows implements RowReader {

    @Override
    public PlaceRecord read(SourceRow row) {
        row.checkEncoding();
        String name = row.required("name");
        String provinceName = row.required("province");
        Regions.Region province = Regions.province("CN", provinceName)
                .orElseThrow(() -> new RowRejected("province", "unknown parent: no Chinese province called '"
                        + provinceName + "'"));
        List<String> variants = new ArrayList<>(Names.variants(name));
        if (name.contains("’")) {
            variants.add(Names.bare(name).replace('’', '\''));
        }
        String externalId = row.text("csc_city_id").map(id -> "csc-city:" + id)
                .orElseGet(() -> "china-border:" + Names.slug(name) + "-" + Names.slug(provinceName));
        Optional<String> note = row.text("relevance").map(r -> Names.clip(r, 2000));
        return new PlaceRecord(externalId, PlaceLevel.CITY, Names.bare(name), Optional.empty(), variants,
                new PlaceRecord.Parent.InRegion(province), "CN", row.coordinate("latitude", 90),
                row.coordinate("longitude", 180), note, Optional.empty(), List.of());
    }
}
