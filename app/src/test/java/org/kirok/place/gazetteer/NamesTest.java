package org.kirok.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.kirok.engine.name.PlaceKeys;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void a_remark_inside_a_name_becomes_an_alternative_spelling() {
        assertThat(Names.bare("Kaechon (Kaech'ŏn) internment camp")).isEqualTo("Kaechon internment camp");
        assertThat(Names.variants("Kaechon (Kaech'ŏn) internment camp"))
                .containsExactly("Kaechon (Kaech'ŏn) internment camp", "Kaech'ŏn internment camp");
    }

    @Test
    void a_remark_qualifying_the_whole_name_is_not_a_spelling() {
        assertThat(Names.bare("Dongxing (Guangxi)")).isEqualTo("Dongxing");
        assertThat(Names.variants("Dongxing (Guangxi)")).containsExactly("Dongxing (Guangxi)");
        assertThat(Names.variants("Yanji")).isEmpty();
    }

    @Test
    void bare_is_idempotent_and_keeps_the_place_key_seeded() {
        Random random = new Random(42);
        String[] words = {"Hoeryŏng", "Onsong", "(Haengyong)", "camp", "(No. 12)", "Musan-ŭp", "(Kaech'ŏn)"};
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder(words[random.nextInt(2)]);
            for (int w = random.nextInt(4); w > 0; w--) {
                name.append(' ').append(words[random.nextInt(words.length)]);
            }
            String bare = Names.bare(name.toString());
            assertThat(Names.bare(bare)).isEqualTo(bare);
            assertThat(bare).doesNotContain("(");
            assertThat(PlaceKeys.canonical(bare)).isEqualTo(PlaceKeys.canonical(name.toString()));
        }
    }

    @Test
    void recognises_the_provinces_under_every_name_the_files_use() {
        assertThat(Regions.province("KP", "Hamgyŏng-bukto")).map(Regions.Region::externalId).contains("iso3166-2:KP-09");
        assertThat(Regions.province("KP", "North Hamgyong Province")).map(Regions.Region::externalId).contains("iso3166-2:KP-09");
        assertThat(Regions.province("KP", "함경북도")).map(Regions.Region::externalId).contains("iso3166-2:KP-09");
        assertThat(Regions.province("KP", "P'yŏngan-namdo (South Pyongan)")).map(Regions.Region::externalId)
                .contains("iso3166-2:KP-02");
        assertThat(Regions.province("KP", "Kaesŏng")).map(Regions.Region::externalId).contains("iso3166-2:KP-06");
        assertThat(Regions.province("KP", "Atlantis")).isEmpty();
        assertThat(Regions.country("KP").nameKo()).isNotEqualTo("KP");
    }
}
