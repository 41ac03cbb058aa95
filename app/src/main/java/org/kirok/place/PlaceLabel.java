package org.kirok.place;

import java.util.List;
import java.util.StringJoiner;

/** How a place is named where its hierarchy matters: "Onsŏng, North Hamgyong, KP". */
final class PlaceLabel {
    private PlaceLabel() {
    }

    static String of(String name, List<PlaceRef> ancestors, String countryCode, String language) {
        StringJoiner label = new StringJoiner(", ");
        label.add(name);
        ancestors.stream().filter(a -> a.level() != PlaceLevel.COUNTRY).forEach(a -> label.add(a.name(language)));
        label.add(countryCode);
        return label.toString();
    }
}
