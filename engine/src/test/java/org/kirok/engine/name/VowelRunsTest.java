package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VowelRunsTest {
    private static boolean incompatible(String a, String b) {
        return VowelRuns.incompatible(VowelRuns.spelling(a), VowelRuns.spelling(b));
    }

    @Test
    void spellings_that_only_one_vowel_can_write_tell_names_of_one_key_apart() {
        assertThat(KoreanPhonetic.key("Yeongcheol")).isEqualTo(KoreanPhonetic.key("용철"));
        assertThat(incompatible("용철", "Yeongcheol")).isTrue();   // eo is ㅓ only
        assertThat(incompatible("용철", "Yŏngch'ŏl")).isTrue();    // so is ŏ
        assertThat(incompatible("성숙", "Sŏngsŏk")).isTrue();      // ㅜ is never ŏ
        assertThat(incompatible("은희", "Onhui")).isTrue();        // ㅡ is never o
        assertThat(incompatible("Eunhui", "Onhui")).isTrue();
        assertThat(incompatible("Yeong-cheol", "Yong-chul")).isFalse(); // Chul: ㅓ in popular spelling
    }

    @Test
    void ambiguous_spellings_are_never_rejected() {
        assertThat(incompatible("영철", "Yongchol")).isFalse();     // McCune–Reischauer without breves
        assertThat(incompatible("용철", "Yongchol")).isFalse();     // Revised
        assertThat(incompatible("영철", "Young-chul")).isFalse();
        assertThat(incompatible("Yŏngch'ŏl", "Yong Chol")).isFalse();
        assertThat(incompatible("현우", "Hyunwoo")).isFalse();
        assertThat(incompatible("수", "Soo")).isFalse();
    }

    @Test
    void joined_spellings_are_read_across_the_syllable_boundary() {
        assertThat(incompatible("재옥", "Jaeok")).isFalse();
        assertThat(incompatible("자억", "Jaeok")).isFalse();
        assertThat(incompatible("재옥", "Jae-ok")).isFalse();
        assertThat(incompatible("미연", "Miyeon")).isFalse();
        assertThat(incompatible("미연", "Miyon")).isFalse();
        assertThat(incompatible("재옥", "Jaeeok")).isFalse();       // a doubled letter may be a typo
    }

    @Test
    void what_cannot_be_read_claims_nothing() {
        assertThat(incompatible("영철", "")).isFalse();
        assertThat(incompatible("영철", "Yngchl")).isFalse();       // runs differ in number: a typo
        assertThat(incompatible("Yong", "Yong")).isFalse();
    }

    @Test
    void every_romanization_of_a_name_is_compatible_with_its_hangul_and_with_every_other() {
        Random random = new Random(20261123);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int length = 1 + random.nextInt(3);
            StringBuilder north = new StringBuilder();
            for (int s = 0; s < length; s++) {
                north.append((char) (0xAC00 + random.nextInt(11172))); // any syllable at all
            }
            String south = InitialSoundLaw.southernWord(north.toString());
            List<String> renderings = new ArrayList<>(List.of(north.toString(), south));
            for (String hangul : List.of(north.toString(), south)) {
                for (RomanizationSystem system : RomanizationSystem.values()) {
                    for (Romanizer.Joining joining : Romanizer.Joining.values()) {
                        String romanized = Romanizer.romanize(hangul, system, joining);
                        renderings.add(romanized);
                        renderings.add(Romanizer.withoutDiacritics(romanized));
                    }
                }
                StringBuilder popular = new StringBuilder();
                for (int s = 0; s < hangul.length(); s++) {
                    boolean vowelNext = s + 1 < hangul.length() && Hangul.initial(hangul.charAt(s + 1)) == 11;
                    popular.append(PopularRomanizer.syllable(hangul.charAt(s), s == 0, vowelNext, random));
                }
                renderings.add(popular.toString());
            }
            for (String a : renderings) {
                for (String b : renderings) {
                    if (incompatible(a, b)) {
                        failures.add(a + " / " + b);
                    }
                }
            }
        }
        assertThat(failures).as("renderings of one name told apart").isEmpty();
    }
}
