package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Place names match across scripts and romanizations through their place keys: 회령 = Hoeryong = Hoeryŏng. */
class PlaceNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"회령", "회령시", "Hoeryong", "Hoeryŏng", "Hoeryeong", "HOERYONG", "Hoeryong-si"})
    void every_spelling_of_hoeryong_finds_it(String typed) {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument hoeryong = TestIndex.document("place").text("Hoeryong").text("회령")
                    .placeKey(org.kirok.engine.name.PlaceKeys.canonical("Hoeryong")).build();
            index.add(hoeryong, TestIndex.document("place").text("Onsong")
                    .placeKey(org.kirok.engine.name.PlaceKeys.canonical("Onsong")).build());
            assertThat(index.ids(typed)).containsExactly(hoeryong.id());
        }
    }

    @Test
    void a_two_word_place_name_is_matched_as_one_place() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument province = TestIndex.document("place").text("함경북도")
                    .placeKey(org.kirok.engine.name.PlaceKeys.canonical("함경북도")).build();
            index.add(province);
            assertThat(index.ids("North Hamgyong")).containsExactly(province.id());
            assertThat(index.ids("Hamgyŏng-pukto")).containsExactly(province.id());
            assertThat(index.ids("South Hamgyong")).isEmpty();
        }
    }

    @Test
    void an_act_is_found_by_its_place_and_the_act_type_together() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument act = TestIndex.document("act").text("Torture").text("고문")
                    .placeKey(org.kirok.engine.name.PlaceKeys.canonical("회령")).build();
            index.add(act, TestIndex.document("act").text("Torture").build());
            assertThat(index.ids("Hoeryŏng torture")).containsExactly(act.id());
            assertThat(index.ids("회령 고문")).containsExactly(act.id());
        }
    }
}
