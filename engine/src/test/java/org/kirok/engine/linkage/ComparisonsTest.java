package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
    private static Records people(String[]... rows) {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        for (int i = 0; i < rows.length; i++) {
            builder.add("r" + i, 0, rows[i]);
        }
        return builder.build();
    }

    @Test
    void names_in_any_script_and_order_agree_on_surname_and_given_name() {
        Records records = people(new String[] {"김영철", "1968", "M", "회령"}, new String[] {"Young-chul Kim", "", "M", "Hoeryong"},
                new String[] {"김연철", "1968", "M", ""}, new String[] {"Pak Yong Chol", "1970", "", ""},
                new String[] {"Chol Yong Kim", "", "", ""});
        var surname = new NameComparison("surname", "name", NameComparison.Part.SURNAME, false).prepare(records);
        var given = new NameComparison("given", "name", NameComparison.Part.GIVEN, false).prepare(records);
        assertThat(surname.level(0, 1)).isEqualTo(2);
        assertThat(given.level(0, 1)).isEqualTo(3);
        assertThat(given.level(0, 2)).as("영철/연철: one jamo apart").isEqualTo(2);
        assertThat(surname.level(0, 3)).isZero();
        assertThat(given.level(0, 3)).isEqualTo(3);
    }

    @Test
    void a_romanization_whose_vowels_the_hangul_cannot_spell_is_one_typo() {
        Records records = people(new String[] {"김용철", "", "", ""}, new String[] {"Kim Yeongcheol", "", "", ""},
                new String[] {"KIM Yŏngch'ŏl", "", "", ""}, new String[] {"Kim Yongchol", "", "", ""},
                new String[] {"Kim Young-chul", "", "", ""}, new String[] {"김재옥", "", "", ""},
                new String[] {"Kim Jaeok", "", "", ""});
        var given = new NameComparison("given", "name", NameComparison.Part.GIVEN, false).prepare(records);
        assertThat(given.level(0, 1)).as("용철 / Yeongcheol: eo is ㅓ only").isEqualTo(2);
        assertThat(given.level(0, 2)).as("용철 / Yŏngch'ŏl").isEqualTo(2);
        assertThat(given.level(1, 3)).as("Yeongcheol / Yongchol: MR without breves").isEqualTo(3);
        assertThat(given.level(0, 3)).isEqualTo(3);
        assertThat(given.level(1, 4)).isEqualTo(3);
        assertThat(given.level(5, 6)).as("재옥 / Jaeok: joined, one vowel run").isEqualTo(3);
    }

    @Test
    void a_mistyped_jamo_in_hangul_is_one_typo_against_the_romanized_name() {
        Records records = people(new String[] {"이시헹", "", "", ""}, new String[] {"I Sihyeong", "", "", ""},
                new String[] {"이송샹", "", "", ""}, new String[] {"i, song sŏng", "", "", ""},
                new String[] {"I Chol Su", "", "", ""}, new String[] {"I Myong Hui", "", "", ""});
        var given = new NameComparison("given", "name", NameComparison.Part.GIVEN, false).prepare(records);
        assertThat(given.level(0, 1)).as("헹/형: one vowel").isEqualTo(2);
        assertThat(given.level(2, 3)).as("샹/성: one vowel").isEqualTo(2);
        assertThat(given.level(4, 5)).as("철수/명희: two syllables").isLessThan(2);
        assertThat(NameComparison.oneSyllableSlip("yonkcol", "yonkcol")).isFalse();
        assertThat(NameComparison.oneSyllableSlip("yonk", "yank")).as("one syllable: too short to tell").isFalse();
    }

    @Test
    void hangul_on_both_sides_keeps_apart_the_vowels_the_key_folds() {
        Records records = people(new String[] {"김영철", "", "", ""}, new String[] {"김용철", "", "", ""},
                new String[] {"Kim Yong Chol", "", "", ""}, new String[] {"김영철", "", "", ""});
        var given = new NameComparison("given", "name", NameComparison.Part.GIVEN, false).prepare(records);
        assertThat(given.level(0, 1)).as("영철/용철: one key, two names").isEqualTo(2);
        assertThat(given.level(0, 2)).as("the romanization cannot tell them apart").isEqualTo(3);
        assertThat(given.level(1, 2)).isEqualTo(3);
        assertThat(given.level(0, 3)).isEqualTo(3);
    }

    @Test
    void one_syllable_slip_is_one_changed_part_of_one_syllable() {
        String[] onsets = {"k", "t", "p", "c", "s", "h", "n", "m"};
        String[] vowels = {"a", "o", "i", "e", "yo", "wa", "ye"};
        String[] codas = {"", "n", "l", "m", "k"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261123);
        int checked = 0;
        for (int round = 0; round < 5_000; round++) {
            int syllables = 2 + random.nextInt(2);
            String[][] parts = new String[syllables][];
            for (int i = 0; i < syllables; i++) {
                parts[i] = new String[] {pick(onsets, random), pick(vowels, random), pick(codas, random)};
            }
            String[][] changed = new String[syllables][];
            for (int i = 0; i < syllables; i++) {
                changed[i] = parts[i].clone();
            }
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits; e++) {
                int syllable = random.nextInt(syllables);
                int part = random.nextInt(3);
                changed[syllable][part] = pick(part == 0 ? onsets : part == 1 ? vowels : codas, random);
            }
            String a = join(parts);
            String b = join(changed);
            // only keys that segment back into the syllables they were built from
            if (!org.kirok.engine.name.Syllables.split(a).equals(syllablesOf(parts))
                    || !org.kirok.engine.name.Syllables.split(b).equals(syllablesOf(changed))) {
                continue;
            }
            int differingParts = 0;
            for (int i = 0; i < syllables; i++) {
                for (int part = 0; part < 3; part++) {
                    differingParts += parts[i][part].equals(changed[i][part]) ? 0 : 1;
                }
            }
            assertThat(NameComparison.oneSyllableSlip(a, b)).as("%s / %s", a, b).isEqualTo(differingParts == 1);
            checked++;
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    private static String pick(String[] options, java.util.SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }

    private static List<String> syllablesOf(String[][] parts) {
        return java.util.Arrays.stream(parts).map(p -> p[0] + p[1] + p[2]).toList();
    }

    private static String join(String[][] parts) {
        return String.join("", syllablesOf(parts));
    }

    @Test
    void years_dates_and_places_grade_their_closeness() {
        Records records = people(new String[] {"a", "1968", "M", "회령시"}, new String[] {"b", "1969", "F", "Hoeryŏng"},
                new String[] {"c", "about 1970", "", "Musan"}, new String[] {"d", "", "m", "Pyongyang"});
        var year = new YearComparison("year", "birth_year", List.of(1, 2), false).prepare(records);
        assertThat(year.level(0, 0)).isEqualTo(3);
        assertThat(year.level(0, 1)).isEqualTo(2);
        assertThat(year.level(0, 2)).isEqualTo(1);
        assertThat(year.level(0, 3)).isEqualTo(Comparison.MISSING);
        var sex = new ExactComparison("sex", "sex", false).prepare(records);
        assertThat(sex.level(0, 3)).isEqualTo(1);
        assertThat(sex.level(0, 1)).isZero();
        Gazetteer gazetteer = new Gazetteer.Builder()
                .add(new Gazetteer.Place("Hoeryŏng", 42.44, 129.75, "North Hamgyong"), List.of("Hoeryong"))
                .add(new Gazetteer.Place("Musan", 42.23, 129.21, "North Hamgyong"), List.of())
                .add(new Gazetteer.Place("Pyongyang", 39.03, 125.75, "Pyongyang"), List.of()).build();
        var place = new PlaceComparison("place", "place", gazetteer, 15, 60, false).prepare(records);
        assertThat(place.level(0, 1)).as("회령시 = Hoeryŏng").isEqualTo(3);
        assertThat(place.level(0, 2)).as("same province").isEqualTo(1);
        assertThat(place.level(0, 3)).isZero();
        assertThat(new Gazetteer.Place("a", 42.44, 129.75, "").kilometresTo(new Gazetteer.Place("b", 42.23, 129.21, "")))
                .isBetween(45.0, 55.0);
    }

    @Test
    void a_province_spelled_two_ways_in_the_gazetteer_is_one_region() {
        Records records = people(new String[] {"a", "", "", "Hyesan"}, new String[] {"b", "", "", "Samjiyon"},
                new String[] {"c", "", "", "Pyongyang"});
        // two source files of one gazetteer: each names the province its own way; 250 km apart, one province
        Gazetteer gazetteer = new Gazetteer.Builder()
                .add(new Gazetteer.Place("Hyesan", 41.40, 128.18, "Ryanggang Province"), List.of())
                .add(new Gazetteer.Place("Samjiyon", 41.81, 128.33, "ryanggang province"), List.of())
                .add(new Gazetteer.Place("Pyongyang", 39.03, 125.75, "Pyongyang"), List.of()).build();
        var place = new PlaceComparison("place", "place", gazetteer, 15, 30, false).prepare(records);
        assertThat(place.level(0, 1)).as("same province, spelled differently").isEqualTo(1);
        assertThat(place.level(0, 2)).isZero();
    }

    @Test
    void person_linkage_grades_birth_years_up_to_four_apart() {
        // two mentions each ±2 off one true year differ by 4: still weaker evidence of a match, not of a non-match
        Records records = people(new String[] {"a", "1960", "", ""}, new String[] {"b", "1964", "", ""},
                new String[] {"c", "1965", "", ""});
        var year = PersonLinkage.settings(Gazetteer.EMPTY, 0.5).comparisons().get(2).prepare(records);
        assertThat(year.level(0, 1)).isEqualTo(1);
        assertThat(year.level(0, 2)).isZero();
    }

    @Test
    void dates_tolerate_typed_digits_and_swapped_day_and_month() {
        Records.Builder builder = new Records.Builder(List.of("dob"));
        String[] dates = {"1971-06-24", "1971-06-25", "1971-24-06", "19710624", "1980-01-01", "1972-05-01", ""};
        for (int i = 0; i < dates.length; i++) {
            builder.add("r" + i, 0, dates[i]);
        }
        var date = new DateComparison("dob", "dob", false).prepare(builder.build());
        assertThat(date.level(0, 3)).isEqualTo(5);
        assertThat(date.level(0, 1)).isEqualTo(4);
        assertThat(date.level(0, 2)).isEqualTo(4);
        assertThat(date.level(0, 5)).isEqualTo(2);
        assertThat(date.level(0, 4)).isEqualTo(1);
        assertThat(date.level(0, 6)).isEqualTo(Comparison.MISSING);
    }

    @Test
    void rejects_bad_settings_with_the_bad_value() {
        assertThatThrownBy(() -> new TextComparison("t", "c", TextComparison.Metric.JARO_WINKLER, List.of(0.8, 0.9), false))
                .hasMessageContaining("strictest");
        assertThatThrownBy(() -> new TextComparison("t", "c", TextComparison.Metric.JARO_WINKLER, List.of(1.5), false))
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new YearComparison("y", "c", List.of(2, 1), false)).hasMessageContaining("[2, 1]");
        assertThatThrownBy(() -> new PlaceComparison("p", "c", Gazetteer.EMPTY, 0, 10, false)).hasMessageContaining("0.0");
        assertThatThrownBy(() -> new Gazetteer.Place("x", 95, 0, "")).hasMessageContaining("95");
        assertThatThrownBy(() -> new ExactComparison(" ", "c", false)).hasMessageContaining("name");
        Records records = people(new String[] {"a", "", "", ""});
        assertThatThrownBy(() -> new ExactComparison("x", "nope", false).prepare(records)).hasMessageContaining("'nope'");
    }

    @Test
    void first_name_and_surname_filled_in_the_wrong_way_round_still_agree_when_swapping_is_asked_for() {
        Records.Builder builder = new Records.Builder(List.of("first_name", "surname"));
        builder.add("a", 0, "Freddie", "Bailey").add("b", 0, "Bailey", "Freddie").add("c", 0, "Fredie", "")
                .add("d", 0, "", "Freddie");
        Records records = builder.build();
        var plain = new TextComparison("first", "first_name", TextComparison.Metric.JARO_WINKLER, List.of(0.9), false)
                .prepare(records);
        var swapping = new TextComparison("first", "first_name", TextComparison.Metric.JARO_WINKLER, List.of(0.9), false,
                "surname").prepare(records);
        assertThat(plain.level(0, 1)).isZero();
        assertThat(swapping.level(0, 1)).as("Freddie against b's surname").isEqualTo(2);
        assertThat(swapping.level(2, 1)).as("Fredie against Freddie, crossed").isEqualTo(1);
        assertThat(swapping.level(0, 2)).as("direct agreement is kept").isEqualTo(1);
        assertThat(swapping.level(0, 3)).as("no first name on one side: missing, though its surname matches")
                .isEqualTo(Comparison.MISSING);
    }

    @Test
    void model_numbers_agree_across_hyphens_and_case_and_block_together() {
        assertThat(Text.codes("Sony PS-LX350H Belt-Drive Turntable")).containsExactly("pslx350h");
        assertThat(Text.codes("Sony Turntable - PSLX350H")).containsExactly("pslx350h");
        assertThat(Text.codes("Bose 161 Speaker / 27028")).as("short numbers are not codes, long ones are").containsExactly("27028");
        assertThat(Text.codes("KitchenAid Pasta Roller")).isEmpty();
        Records.Builder builder = new Records.Builder(List.of("name"));
        builder.add("a", 0, "Sony Turntable - PSLX350H").add("b", 0, "Sony PS-LX350H Belt-Drive Turntable")
                .add("c", 0, "Sony CDP-CE375 CD Player").add("d", 0, "KitchenAid Pasta Roller");
        Records records = builder.build();
        var codes = new TextComparison("code", "name", TextComparison.Metric.CODES, List.of(0.5), false).prepare(records);
        assertThat(codes.level(0, 1)).isEqualTo(1);
        assertThat(codes.level(0, 2)).isZero();
        assertThat(codes.level(0, 3)).as("no code: no evidence either way").isEqualTo(Comparison.MISSING);
        assertThat(KeyTransform.CODE.apply("Sony SB-V40S A/V Selector - SBV40S", 0)).isEqualTo("sbv40s");
    }
}
