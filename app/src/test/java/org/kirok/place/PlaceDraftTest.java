package org.kirok.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlaceDraftTest {
    private static final UUID PARENT = UUID.randomUUID();

    private static PlaceDraft draft(PlaceLevel level, Optional<UUID> parent, Optional<Double> lat, Optional<Double> lon,
                                    List<String> variants) {
        return new PlaceDraft(level, " Onsŏng ", Optional.of("온성군"), variants, parent, "kp", lat, lon,
                Optional.empty(), Optional.empty());
    }

    @Test
    void trims_names_upper_cases_the_country_and_drops_duplicate_variants() {
        PlaceDraft draft = draft(PlaceLevel.COUNTY, Optional.of(PARENT), Optional.of(42.88), Optional.of(129.97),
                List.of("Onsong", " Onsong ", "Onsŏng", "온성군", "", "Onsong-gun"));
        assertThat(draft.nameEn()).isEqualTo("Onsŏng");
        assertThat(draft.countryCode()).isEqualTo("KP");
        assertThat(draft.variants()).containsExactly("Onsong", "Onsong-gun");
        assertThat(PlaceService.keys(draft)).hasSize(1);
    }

    @Test
    void accepts_every_coordinate_in_range_and_rejects_every_one_outside_seeded() {
        Random random = new Random(20_190_501);
        for (int i = 0; i < 2_000; i++) {
            double lat = (random.nextDouble() * 2 - 1) * 120;
            double lon = (random.nextDouble() * 2 - 1) * 240;
            boolean valid = Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
            if (valid) {
                assertThat(draft(PlaceLevel.LOCALITY, Optional.of(PARENT), Optional.of(lat), Optional.of(lon), List.of())
                        .latitude()).contains(lat);
            } else {
                assertThatThrownBy(() -> draft(PlaceLevel.LOCALITY, Optional.of(PARENT), Optional.of(lat), Optional.of(lon),
                        List.of())).isInstanceOf(InvalidInputException.class)
                        .satisfies(e -> assertThat(((InvalidInputException) e).field().orElseThrow()).isIn("latitude", "longitude"));
            }
        }
    }

    @Test
    void rejects_a_lone_coordinate_a_parentless_county_and_a_country_with_a_parent() {
        assertThatThrownBy(() -> draft(PlaceLevel.COUNTY, Optional.of(PARENT), Optional.of(42.0), Optional.empty(), List.of()))
                .hasMessageContaining("both latitude and longitude");
        assertThatThrownBy(() -> draft(PlaceLevel.COUNTY, Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .hasMessageContaining("needs a parent");
        assertThatThrownBy(() -> draft(PlaceLevel.COUNTRY, Optional.of(PARENT), Optional.empty(), Optional.empty(), List.of()))
                .hasMessageContaining("a country has no parent");
        assertThatThrownBy(() -> draft(PlaceLevel.COUNTY, Optional.of(PARENT), Optional.of(Double.NaN), Optional.of(1.0),
                List.of())).hasMessageContaining("NaN");
    }

    @Test
    void a_child_lies_deeper_than_its_parent() {
        assertThat(PlaceLevel.CITY.mayLieUnder(PlaceLevel.PROVINCE)).isTrue();
        assertThat(PlaceLevel.FACILITY.mayLieUnder(PlaceLevel.COUNTY)).isTrue();
        assertThat(PlaceLevel.CITY.mayLieUnder(PlaceLevel.COUNTY)).isFalse();
        assertThat(PlaceLevel.PROVINCE.mayLieUnder(PlaceLevel.PROVINCE)).isFalse();
        for (PlaceLevel level : PlaceLevel.values()) {
            assertThat(level.mayLieUnder(PlaceLevel.COUNTRY)).isEqualTo(level != PlaceLevel.COUNTRY);
        }
    }
}
