package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceKeysTest {
    private static void samePlace(String... names) {
        String expected = PlaceKeys.canonical(names[0]);
        assertThat(expected).isNotEmpty();
        for (String name : names) {
            assertThat(PlaceKeys.canonical(name)).as(name + " vs " + names[0]).isEqualTo(expected);
        }
    }

    @Test
    void every_rendering_of_a_city_keys_alike() {
        samePlace("회령", "회령시", "Hoeryong", "Hoeryŏng", "Hoeryeong", "HOERYONG", "Hoeryong-si", "Hoeryŏng City",
                "Hoeryong, North Hamgyong");
        samePlace("평양", "P'yŏngyang", "Pyongyang", "Pyeongyang", "평양직할시", "Pyongyang City");
        samePlace("신의주", "Sinŭiju", "Sinuiju", "Shinuiju");
        samePlace("청진", "Ch'ŏngjin", "Chongjin", "Cheongjin");
        samePlace("혜산", "Hyesan", "Hyesan-si");
    }

    @Test
    void provinces_with_directions_key_alike() {
        samePlace("함경북도", "North Hamgyong Province", "Hamgyŏng-bukto", "Hamgyong-pukto", "North Hamgyŏng");
        samePlace("량강도", "양강도", "Ryanggang", "Yanggang Province", "Ryanggang-do");
    }

    @Test
    void different_places_differ_and_short_names_keep_their_last_syllable() {
        assertThat(PlaceKeys.canonical("회령")).isNotEqualTo(PlaceKeys.canonical("무산"));
        assertThat(PlaceKeys.canonical("안동")).isNotEqualTo(PlaceKeys.canonical("안"));
        assertThat(PlaceKeys.canonical("Shenyang")).isNotEqualTo(PlaceKeys.canonical("Dandong"));
    }

    @Test
    void blank_gives_empty() {
        assertThat(PlaceKeys.canonical(null)).isEmpty();
        assertThat(PlaceKeys.canonical(" ")).isEmpty();
        assertThat(PlaceKeys.canonical("(?)")).isNotNull();
    }
}
