package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kirok.engine.name.RomanizationSystem.DPRK;
import static org.kirok.engine.name.RomanizationSystem.MCCUNE_REISCHAUER;
import static org.kirok.engine.name.RomanizationSystem.REVISED;
import static org.kirok.engine.name.Romanizer.Joining.HYPHENATED;
import static org.kirok.engine.name.Romanizer.Joining.JOINED;
import static org.kirok.engine.name.Romanizer.Joining.SPACED;

import org.junit.jupiter.api.Test;

class RomanizerTest {
    @Test
    void revised_romanization_writes_names_syllable_by_syllable() {
        assertThat(Romanizer.romanize("영철", REVISED, JOINED)).isEqualTo("yeongcheol");
        assertThat(Romanizer.romanize("동혁", REVISED, HYPHENATED)).isEqualTo("dong-hyeok");
        assertThat(Romanizer.romanize("석민", REVISED, JOINED)).isEqualTo("seokmin");
        assertThat(Romanizer.romanize("울릉", REVISED, JOINED)).isEqualTo("ulleung");
        assertThat(Romanizer.revised("김")).isEqualTo("gim");
    }

    @Test
    void mccune_reischauer_voices_and_assimilates_between_syllables() {
        assertThat(Romanizer.romanize("영철", MCCUNE_REISCHAUER, HYPHENATED)).isEqualTo("yŏng-ch'ŏl");
        assertThat(Romanizer.romanize("동혁", MCCUNE_REISCHAUER, HYPHENATED)).isEqualTo("tong-hyŏk");
        assertThat(Romanizer.romanize("대중", MCCUNE_REISCHAUER, HYPHENATED)).isEqualTo("tae-jung");
        assertThat(Romanizer.romanize("석민", MCCUNE_REISCHAUER, JOINED)).isEqualTo("sŏngmin");
        assertThat(Romanizer.romanize("영란", MCCUNE_REISCHAUER, JOINED)).isEqualTo("yŏngnan");
        assertThat(Romanizer.romanize("신라", MCCUNE_REISCHAUER, JOINED)).isEqualTo("shilla");
        assertThat(Romanizer.romanize("석우", MCCUNE_REISCHAUER, JOINED)).isEqualTo("sŏgu");
        assertThat(Romanizer.romanize("시", MCCUNE_REISCHAUER, JOINED)).isEqualTo("shi");
        assertThat(Romanizer.romanize("최", MCCUNE_REISCHAUER, JOINED)).isEqualTo("ch'oe");
    }

    @Test
    void dprk_style_spaces_syllables_and_writes_aspirates_with_h() {
        assertThat(Romanizer.withoutDiacritics(Romanizer.romanize("정은", DPRK, SPACED))).isEqualTo("jong un");
        assertThat(Romanizer.romanize("룡해", DPRK, SPACED)).isEqualTo("ryong hae");
        assertThat(Romanizer.romanize("태", DPRK, JOINED)).isEqualTo("thae");
        assertThat(Romanizer.capitalizeWords("pong ju")).isEqualTo("Pong Ju");
        assertThat(Romanizer.withoutDiacritics("Yŏng-ch'ŏl")).isEqualTo("Yong-chol");
    }

    @Test
    void copies_what_is_not_hangul() {
        assertThat(Romanizer.romanize("김 A", REVISED, JOINED)).isEqualTo("gim A");
        assertThat(Romanizer.romanize("", MCCUNE_REISCHAUER, SPACED)).isEmpty();
    }
}
