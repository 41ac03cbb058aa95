package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KoreanPhoneticTest {
    private static void sameKey(String... spellings) {
        String expected = KoreanPhonetic.key(spellings[0]);
        for (String spelling : spellings) {
            assertThat(KoreanPhonetic.key(spelling)).as(spelling + " vs " + spellings[0]).isEqualTo(expected);
        }
    }

    @Test
    void stops_fold_across_voicing_and_aspiration() {
        sameKey("Kim", "Gim", "Ghim", "Khim", "Keem", "Kym", "김");
        sameKey("Dong", "Tong", "Thong");
        sameKey("Bak", "Pak", "Park", "Bark", "Pack", "박");
        sameKey("Jung", "Jeong", "Chung", "Chong", "Joung", "Cheong", "정");
    }

    @Test
    void vowels_fold_the_way_systems_disagree() {
        sameKey("Yeongcheol", "Yŏngch'ŏl", "Youngchul", "Yongchol", "영철");
        sameKey("Hyeon", "Hyŏn", "Hyun", "Hyon", "현");
        sameKey("Hui", "Hŭi", "Hee", "Heui", "희");
        sameKey("Choi", "Choe", "Choy", "최");
        sameKey("Soo", "Su", "수");
        sameKey("Hyunwoo", "Hyeonu", "Hyŏnu", "현우");
    }

    @Test
    void silent_letters_of_popular_spellings_go() {
        sameKey("Ahn", "An", "안");
        sameKey("Oh", "O", "오");
        sameKey("Sohn", "Son", "손");
        sameKey("Kahng", "Kang", "Gang", "강");
        sameKey("Suh", "Seo", "Sŏ", "서");
    }

    @Test
    void assimilation_is_undone_alike_for_every_spelling() {
        sameKey("Sŏngmin", "Seokmin", "석민");
        sameKey("Yŏngnan", "Yeongran", "영란");
        sameKey("Silla", "Sinra", "신라");
        sameKey("Tongnip", "Dokrip", "독립");
    }

    @Test
    void the_initial_sound_law_joins_north_and_south() {
        sameKey("Lee", "Yi", "Rhee", "Ri", "I", "리", "이");
        sameKey("Ryu", "Yu", "Yoo", "류", "유");
        sameKey("Ro", "No", "Roh", "Noh", "로", "노");
        sameKey("Rim", "Lim", "Im", "Yim", "림", "임");
        sameKey("Ryang", "Yang", "량", "양");
        sameKey("Ra", "Na", "라", "나");
        sameKey("Ryong", "Yong", "룡", "용");
    }

    @Test
    void different_names_keep_different_keys() {
        List<String> distinct = List.of("김", "박", "최", "정", "신", "한", "오", "서", "영철", "영수", "동혁", "철수");
        assertThat(distinct.stream().map(KoreanPhonetic::key).distinct()).hasSize(distinct.size());
    }

    @Test
    void skeleton_keeps_consonants_and_nothing_alphabetic_gives_nothing() {
        assertThat(KoreanPhonetic.skeleton(KoreanPhonetic.key("Yongchol"))).isEqualTo("nkcl");
        assertThat(KoreanPhonetic.skeleton("o")).isEqualTo("o");
        assertThat(KoreanPhonetic.key("123 -")).isEmpty();
        assertThat(KoreanPhonetic.key("Ŏ")).isEqualTo("o");
    }
}
