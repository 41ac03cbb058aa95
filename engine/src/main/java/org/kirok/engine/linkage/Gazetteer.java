package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kirok.engine.name.PlaceKeys;

/**
 * An in-memory gazetteer: place-name variants, in any script or romanization, to a located place.
 * The engine never reads a database: the CLI fills one from CSV files, the app from its store.
 * Immutable once built, thread-safe.
 */
public final class Gazetteer {
    /** A located place; {@code region} is its province or other parent, "" when unknown. */
    public record Place(String name, double latitude, double longitude, String region) {
        public Place {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("place '" + name + "' has impossible coordinates " + latitude + ", " + longitude);
            }
        }

        /** Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
        public double kilometresTo(Place other) {
            double phi1 = Math.toRadians(latitude);
            double phi2 = Math.toRadians(other.latitude);
            double dPhi = phi2 - phi1;
            double dLambda = Math.toRadians(other.longitude - longitude);
            double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                    + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
            return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
        }
    }

    public static final Gazetteer EMPTY = new Builder().build();

    private final Map<String, Place> byKey;

    private Gazetteer(Map<String, Place> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** Collects places and their name variants. The first place given a variant keeps it. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Place> byKey = new HashMap<>();

        public Builder add(Place place, List<String> variants) {
            Objects.requireNonNull(place, "place");
            byKey.putIfAbsent(PlaceKeys.canonical(place.name()), place);
            for (String variant : variants) {
                String key = PlaceKeys.canonical(variant);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, place);
                }
            }
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(byKey);
        }
    }

    /** The place a name refers to, by its {@link PlaceKeys} key. */
    public Optional<Place> find(String name) {
        return Optional.ofNullable(byKey.get(PlaceKeys.canonical(name)));
    }

    public Optional<Place> findByKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public int size() {
        return byKey.size();
    }
}
