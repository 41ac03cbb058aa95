package org.kirok.urgent;

import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * A place as the API or a form gives it: an existing place's id, or a name with its country and, ideally,
 * coordinates ({@code {"name":"Shenyang","country":"CN","lat":41.79,"lon":123.43}}).
 */
public sealed interface PlaceInput {

    /** An existing place. */
    record Existing(UUID id) implements PlaceInput {
    }

    /** A place named, to find in the gazetteer or to add to it. */
    record Named(String name, String country, Optional<Double> lat, Optional<Double> lon) implements PlaceInput {
        public Named {
            name = name == null ? "" : name.strip();
            if (name.isEmpty() || name.length() > 200) {
                throw new InvalidInputException("place.name", "place.name is required and at most 200 characters");
            }
            country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new InvalidInputException("place.country", "place.country must be a two-letter country code "
                        + "like CN or VN (got '" + country + "')");
            }
            if (lat.isPresent() != lon.isPresent()) {
                throw new InvalidInputException(lat.isPresent() ? "place.lon" : "place.lat",
                        "give both place.lat and place.lon, or neither");
            }
            lat.filter(v -> !(v >= -90 && v <= 90)).ifPresent(v -> {
                throw new InvalidInputException("place.lat", "place.lat must lie between -90 and 90 (got " + v + ")");
            });
            lon.filter(v -> !(v >= -180 && v <= 180)).ifPresent(v -> {
                throw new InvalidInputException("place.lon", "place.lon must lie between -180 and 180 (got " + v + ")");
            });
        }
    }
}
