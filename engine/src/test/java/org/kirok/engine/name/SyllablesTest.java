package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SyllablesTest {
    @Test
    void segments_joined_hyphenated_and_spaced_given_names_alike() {
        for (String given : new String[] {"Yongchol", "Yong-chol", "Yong Chol", "Young-chul", "영철"}) {
            assertThat(Syllables.split(KoreanPhonetic.key(given))).as(given).containsExactly("yonk", "col");
        }
        assertThat(Syllables.split(KoreanPhonetic.key("Donghyuk"))).hasSize(2);
        assertThat(Syllables.initials(KoreanPhonetic.key("Min-su"))).isEqualTo("ms");
    }

    @Test
    void hangul_given_names_split_into_as_many_syllables_as_they_have() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            String given = NameKeysPropertyTest.randomGiven(random);
            String south = InitialSoundLaw.southernWord(given);
            assertThat(Syllables.split(KoreanPhonetic.key(south)).size()).as(south).isBetween(1, given.length());
        }
    }

    /** No romanization of a real name may read as unparseable: linkage takes that for a typo. */
    @Test
    void every_rendering_of_a_korean_given_name_parses() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            String given = NameKeysPropertyTest.randomGiven(random);
            for (int rendering = 0; rendering < 10; rendering++) {
                String rendered = KoreanNameRenderer.render("김", given, KoreanNameRenderer.Style.random(random), random);
                ParsedName parsed = NameParser.parse(rendered);
                assertThat(Syllables.parses(parsed.givenKey())).as(rendered + " → " + parsed.givenKey()).isTrue();
            }
        }
    }

    @Test
    void a_key_with_letters_no_syllable_can_hold_does_not_parse() {
        assertThat(Syllables.parses(KoreanPhonetic.key("Chunyo"))).isTrue();
        assertThat(Syllables.parses("a")).as("one vowel is a syllable").isTrue();
        assertThat(Syllables.parses(KoreanPhonetic.key("Chnyo"))).as("no vowel after chn").isFalse();
        assertThat(Syllables.parses("")).isFalse();
    }

    @Test
    void unparseable_text_stays_one_piece() {
        assertThat(Syllables.split("xyz")).containsExactly("xyz");
        assertThat(Syllables.split("")).isEmpty();
    }
}
