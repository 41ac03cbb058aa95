package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeysPropertyTest {
    /** Given-name syllables in their North (etymological) forms: 룡, 련, 렬, 리 … are the South's 용, 연, 열, 이. */
    static final String GIVEN_SYLLABLES = "영철민수진호성현준혁희숙순자옥미경정은지연선남일광명춘복금룡련림란학국동석상혜향주원우서하윤태재기훈환길만봉심애화월렬락례리류녀혜송강산";

    static String randomGiven(Random random) {
        int length = random.nextInt(5) == 0 ? 1 : 2;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < length; i++) {
            given.append(GIVEN_SYLLABLES.charAt(random.nextInt(GIVEN_SYLLABLES.length())));
        }
        return given.toString();
    }

    @Test
    void every_rendering_of_a_name_keys_like_its_hangul() {
        Random random = new Random(20261122);
        List<Surname> surnames = Surnames.standard().all();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String surname = surnames.get(random.nextInt(surnames.size())).hangul();
            String given = randomGiven(random);
            String hangul = surname + InitialSoundLaw.southernWord(given);
            if (readsAsOtherSurname(surname, hangul)) {
                continue; // 선 + 우지 is written 선우지, which is 선우 + 지: Hangul itself cannot tell
            }
            KoreanNameRenderer.Style style = KoreanNameRenderer.Style.random(random);
            String rendering = KoreanNameRenderer.render(surname, given, style, random);
            if (!NameKeys.canonical(rendering).equals(NameKeys.canonical(hangul))) {
                failures.add(hangul + " as '" + rendering + "' " + style + ": " + NameKeys.canonical(rendering)
                        + " != " + NameKeys.canonical(hangul));
            }
        }
        assertThat(failures).as("renderings that key differently from their Hangul").isEmpty();
    }

    static boolean readsAsOtherSurname(String surname, String hangul) {
        return hangul.length() >= 3 && !hangul.startsWith(surname + "") || (surname.length() == 1 && hangul.length() >= 3
                && Surnames.standard().byHangul(hangul.substring(0, 2)).filter(Surname::compound).isPresent());
    }

    @Test
    void north_and_south_hangul_key_alike() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Surname surname = Surnames.standard().all().get(random.nextInt(Surnames.standard().all().size()));
            String given = randomGiven(random);
            String south = surname.hangul() + InitialSoundLaw.southernWord(given);
            String north = surname.northHangul().orElse(surname.hangul()) + given;
            assertThat(NameKeys.canonical(north)).as(north + " vs " + south).isEqualTo(NameKeys.canonical(south));
        }
    }

    @Test
    void never_throws_and_keys_are_short_ascii_on_arbitrary_strings() {
        Random random = new Random(99);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append((char) switch (random.nextInt(5)) {
                    case 0 -> 0xAC00 + random.nextInt(11172);
                    case 1 -> 'a' + random.nextInt(26);
                    case 2 -> " -,.'()".charAt(random.nextInt(7));
                    case 3 -> random.nextInt(0x3000);
                    default -> random.nextInt(0x10000);
                });
            }
            String name = text.toString();
            String canonical = NameKeys.canonical(name);
            var keys = NameKeys.keys(name);
            assertThat(canonical).as("canonical of %s", name).matches("[\\x20-\\x7e]*");
            if (name.isBlank()) {
                assertThat(canonical).isEmpty();
                assertThat(keys).isEmpty();
            } else {
                assertThat(keys).as("keys of %s", name).isNotEmpty().contains(canonical)
                        .allSatisfy(key -> assertThat(key).isNotEmpty().matches("[\\x20-\\x7e]+"));
            }
            assertThat(PlaceKeys.canonical(name)).matches("[\\x20-\\x7e]*");
        }
    }
}
