package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HangulTest {
    @Test
    void decomposes_a_syllable_into_its_jamo_indices() {
        assertThat(Hangul.initial('김')).isEqualTo(0);
        assertThat(Hangul.medial('김')).isEqualTo(20);
        assertThat(Hangul.coda('김')).isEqualTo(16);
        assertThat(Hangul.jamo("김영철")).isEqualTo("ㄱㅣㅁㅇㅕㅇㅊㅓㄹ");
        assertThat(Hangul.jamo("A가")).isEqualTo("Aㄱㅏ");
    }

    @Test
    void composing_the_decomposition_gives_back_every_syllable() {
        for (char c = '가'; c <= '힣'; c++) {
            assertThat(Hangul.compose(Hangul.initial(c), Hangul.medial(c), Hangul.coda(c))).isEqualTo(c);
        }
    }

    @Test
    void rejects_what_is_not_a_syllable() {
        assertThatThrownBy(() -> Hangul.initial('A')).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
        assertThatThrownBy(() -> Hangul.compose(19, 0, 0)).hasMessageContaining("(19, 0, 0)");
        assertThat(Hangul.containsSyllable("Kim 영")).isTrue();
        assertThat(Hangul.containsSyllable("ㄱㄴ")).isFalse();
    }

    @Test
    void the_initial_sound_law_gives_south_forms() {
        assertThat(InitialSoundLaw.southernWord("리설주")).isEqualTo("이설주");
        assertThat(InitialSoundLaw.southernWord("림")).isEqualTo("임");
        assertThat(InitialSoundLaw.southernWord("류")).isEqualTo("유");
        assertThat(InitialSoundLaw.southernWord("로동")).isEqualTo("노동");
        assertThat(InitialSoundLaw.southernWord("량강")).isEqualTo("양강");
        assertThat(InitialSoundLaw.southernWord("라선")).isEqualTo("나선");
        assertThat(InitialSoundLaw.southernWord("녀자")).isEqualTo("여자");
        assertThat(InitialSoundLaw.southernWord("룡철")).isEqualTo("용철");
        assertThat(InitialSoundLaw.southernWord("김")).isEqualTo("김");
        assertThat(InitialSoundLaw.southern('A')).isEqualTo('A');
    }
}
