package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
    private static void sameCanonical(String... renderings) {
        String expected = NameKeys.canonical(renderings[0]);
        assertThat(expected).isNotEmpty();
        for (String rendering : renderings) {
            assertThat(NameKeys.canonical(rendering)).as(rendering + " vs " + renderings[0]).isEqualTo(expected);
        }
    }

    @Test
    void every_rendering_of_the_issue_example_keys_alike() {
        sameCanonical("김영철", "Kim Yong Chol", "Kim Yong-chol", "Young-chul Kim", "Kim Yŏng-ch'ŏl", "KIM Yeongcheol",
                "Gim Yeong-cheol", "kim, young chul", "YOUNGCHUL KIM", "김 영철", "영철 김");
    }

    @Test
    void every_rendering_of_the_domain_primer_example_keys_alike() {
        sameCanonical("신동혁", "Shin Dong-hyuk", "Sin Tong-hyŏk", "Shin Donghyuk", "Donghyuk Shin", "SHIN Dong Hyok");
    }

    @Test
    void north_korean_forms_key_like_south_korean_ones() {
        sameCanonical("리설주", "이설주", "Ri Sol Ju", "Lee Seol-ju", "Yi Sŏl-chu", "Rhee Sul-joo");
        sameCanonical("최룡해", "최용해", "Choe Ryong Hae", "Choi Yong-hae");
        sameCanonical("류경", "유경", "Ryu Kyong", "Yoo Kyung", "Yu Gyeong");
        sameCanonical("로명철", "노명철", "Ro Myong Chol", "Roh Myung-chul", "No Myŏng-ch'ŏl");
        sameCanonical("량순", "양순", "Ryang Sun", "Yang Soon");
        sameCanonical("림영", "임영", "Rim Yong", "Lim Young", "Im Yeong");
    }

    @Test
    void two_syllable_surnames_are_recognised() {
        sameCanonical("남궁민수", "Namgung Min-su", "Minsoo Namkoong", "NAMKUNG Min Su");
        sameCanonical("황보영", "Hwangbo Young", "Young Whangbo");
        sameCanonical("선우정아", "Sunwoo Jung-ah", "Seonu Jeonga");
    }

    @Test
    void a_mistyped_surname_is_read_as_the_surname_it_was_meant_to_be() {
        sameCanonical("김영철", "영철 긤", "영철 괨", "Kim Yong Chol");
        sameCanonical("김충", "충 괨", "김 충");
        sameCanonical("김완성", "KMI Wansong", "Wan-sŏng KMI", "KMI WAN SONG");
        sameCanonical("강명석", "Kanng Myong Sok", "Kang Myong Sok");
        sameCanonical("유선영", "Seonyeong UY", "Yu Seonyeong");
    }

    @Test
    void namesakes_share_a_key_and_different_people_do_not() {
        assertThat(NameKeys.canonical("김영철")).isEqualTo(NameKeys.canonical("Kim Young-chul"));
        assertThat(NameKeys.canonical("김영철")).isNotEqualTo(NameKeys.canonical("김영수"));
        assertThat(NameKeys.canonical("김영철")).isNotEqualTo(NameKeys.canonical("박영철"));
        assertThat(NameKeys.canonical("탁명순")).isEqualTo(NameKeys.canonical("Tak Myong Sun"));
    }

    @Test
    void non_korean_names_get_folded_sorted_tokens() {
        assertThat(NameKeys.canonical("José García")).isEqualTo("garcia jose");
        assertThat(NameKeys.canonical("GARCIA, José")).isEqualTo("garcia jose");
        assertThat(NameKeys.canonical("Müller-Lüdenscheidt Hans")).isEqualTo(NameKeys.canonical("hans müller-lüdenscheidt"));
        assertThat(NameKeys.canonical("金英哲")).matches("[a-z0-9]+");
    }

    @Test
    void blank_input_gives_empty_and_junk_gives_an_ascii_key() {
        assertThat(NameKeys.canonical(null)).isEmpty();
        assertThat(NameKeys.canonical("   ")).isEmpty();
        assertThat(NameKeys.keys(" ")).isEmpty();
        assertThat(NameKeys.canonical("???")).isNotEmpty().matches("[a-z0-9]+");
        assertThat(NameKeys.keys("-")).isNotEmpty();
    }

    @Test
    void keys_hold_the_canonical_key_and_looser_ones() {
        var keys = NameKeys.keys("Kim Yong Chol");
        assertThat(keys).contains(NameKeys.canonical("김영철"), "g:yonkcol", "i:kim yc", "c:km nkcl");
        assertThat(NameKeys.keys("Yong Chol Kim")).as("surname-last reading of spaced syllables")
                .contains(NameKeys.canonical("김영철"));
        assertThat(NameKeys.keys("Kim Yong-chol")).doesNotHaveDuplicates();
    }
}
