package org.kirok.urgent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.place.Place;
import org.kirok.place.PlaceDraft;
import org.kirok.place.PlaceFilter;
import org.kirok.place.PlaceLevel;
import org.kirok.place.PlaceService;
import org.kirok.store.InvalidInputException;

/**
 * Turns a {@link PlaceInput} into a gazetteer place: reuses the place whose name (in any spelling the gazetteer
 * knows) and country match — the one nearest the given coordinates when several do, so that Dongxing in Guangxi
 * is not taken for Dongxing in Heilongjiang — and otherwise adds it under its country (adding the country too if
 * the gazetteer lacks it). A same-named place farther than {@link #SAME_PLACE_KM} from the coordinates given is
 * another place.
 */
final class CasePlaces {
    static final double SAME_PLACE_KM = 60;

    private final PlaceService places;

    CasePlaces(PlaceService places) {
        this.places = places;
    }

    UUID resolve(Handle handle, Actor actor, PlaceInput input) {
        return switch (input) {
            case PlaceInput.Existing existing -> {
                try {
                    places.view(handle, existing.id());
                } catch (org.kirok.store.NotFoundException e) {
                    throw new InvalidInputException("place.id", "the place " + existing.id() + " does not exist");
                }
                yield existing.id();
            }
            case PlaceInput.Named named -> find(named).orElseGet(() -> create(handle, actor, named));
        };
    }

    private Optional<UUID> find(PlaceInput.Named named) {
        String key = PlaceKeys.canonical(named.name());
        List<Place> candidates = places.list(new PlaceFilter(Optional.of(named.name()), Optional.empty(),
                Optional.of(named.country()), Optional.empty()), 1, 50).items().stream()
                .filter(p -> p.level() != PlaceLevel.COUNTRY && p.level() != PlaceLevel.FACILITY)
                .filter(p -> names(p).stream().anyMatch(n -> PlaceKeys.canonical(n).equals(key)))
                .toList();
        if (named.lat().isEmpty()) {
            if (candidates.size() > 1) {
                throw new InvalidInputException("place", "'" + named.name() + "' names " + candidates.size()
                        + " places in " + named.country() + "; give lat and lon, or the place's id");
            }
            return candidates.stream().findFirst().map(Place::id);
        }
        double lat = named.lat().get();
        double lon = named.lon().get();
        return candidates.stream().filter(p -> p.latitude().isPresent() && p.longitude().isPresent())
                .filter(p -> GreatCircle.distanceKm(lat, lon, p.latitude().get(), p.longitude().get()) <= SAME_PLACE_KM)
                .min(java.util.Comparator.comparingDouble(
                        p -> GreatCircle.distanceKm(lat, lon, p.latitude().get(), p.longitude().get())))
                .map(Place::id);
    }

    private static List<String> names(Place place) {
        List<String> names = new java.util.ArrayList<>(place.variants());
        names.add(place.nameEn());
        place.nameKo().ifPresent(names::add);
        return names;
    }

    private UUID create(Handle handle, Actor actor, PlaceInput.Named named) {
        UUID country = country(handle, actor, named.country());
        return places.create(handle, actor, new PlaceDraft(PlaceLevel.CITY, named.name(), Optional.empty(), List.of(),
                Optional.of(country), named.country(), named.lat(), named.lon(),
                Optional.of("Added from an urgent case's custody event; check the level and parent."), Optional.empty()),
                Optional.empty());
    }

    private UUID country(Handle handle, Actor actor, String code) {
        return places.list(new PlaceFilter(Optional.empty(), Optional.of(PlaceLevel.COUNTRY), Optional.of(code),
                Optional.empty()), 1, 1).items().stream().findFirst().map(Place::id).orElseGet(() -> {
                    Locale locale = Locale.of("", code);
                    String english = locale.getDisplayCountry(Locale.ENGLISH);
                    String korean = locale.getDisplayCountry(Locale.KOREAN);
                    return places.create(handle, actor, new PlaceDraft(PlaceLevel.COUNTRY,
                            english.equals(code) ? "Country " + code : english,
                            Optional.of(korean).filter(k -> !k.equals(code)), List.of(), Optional.empty(), code,
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("iso3166:" + code)),
                            Optional.empty());
                });
    }
}
