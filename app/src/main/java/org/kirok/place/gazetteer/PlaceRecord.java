package org.kirok.place.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kirok.place.PlaceLevel;

/**
 * What one gazetteer row says about one place, before its parent is looked up: every format reads its rows into
 * this, and one importer writes them.
 */
record PlaceRecord(String externalId, PlaceLevel level, String nameEn, Optional<String> nameKo, List<String> variants,
                   Parent parent, String countryCode, Optional<Double> latitude, Optional<Double> longitude,
                   Optional<String> coordNote, Optional<FacilitySpec> facility, List<String> notes) {

    PlaceRecord {
        variants = List.copyOf(variants);
        notes = List.copyOf(notes);
    }

    /** Where the place lies, as the row says it. */
    sealed interface Parent {
        /** Directly in a country (by ISO code). */
        record Country(String code) implements Parent {
        }

        /** In one of the built-in regions (a DPRK province, a Chinese province). */
        record InRegion(Regions.Region region) implements Parent {
        }

        /** In a place imported before, by its external id; {@code what} names it for the error message. */
        record External(String externalId, String what) implements Parent {
        }

        /** In the place of this name at these levels below {@code outer}, else directly in {@code outer}. */
        record Within(Parent outer, String name, Set<PlaceLevel> levels) implements Parent {
        }
    }

    /** The facility facts of a detention-facility row; the type is a facility_type vocabulary code. */
    record FacilitySpec(String typeCode, Optional<String> number, Optional<String> status, Optional<String> notes) {
    }
}
