package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one-typo pairs are found and weighed: the noisy channel, romanized names read back through a slip. */
class TypoEvidenceTest {
    /** A table of names alone (no year, sex or place), ids r0, r1, … in order. */
    static Records names(List<String> names) {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        for (int i = 0; i < names.size(); i++) {
            builder.add("r" + i, 0, names.get(i), "", "", "");
        }
        return builder.build();
    }

    private static List<String> with(List<String> names, String name, int times) {
        List<String> all = new ArrayList<>(names);
        for (int i = 0; i < times; i++) {
            all.add(name);
        }
        return all;
    }

    /** A slip into a spelling nobody else writes is strong evidence; two common names a slip apart are not. */
    @Test
    void the_typo_level_weighs_by_how_rare_the_rarer_spelling_is() {
        List<String> table = new ArrayList<>(List.of("Pak Hyopsam", "Pak Hyosam"));
        table = with(with(with(with(table, "Kim Yongchol", 20), "Kim Yongchil", 20), "김영철", 10), "김용철", 30);
        Records records = names(table);
        Comparison.Prepared given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true).prepare(records);
        int yongchil = 22;
        int yeongcheol = 42;
        int yongcheol = 52;
        assertThat(given.level(0, 1)).isEqualTo(2);
        assertThat(given.level(2, yongchil)).isEqualTo(2);
        assertThat(given.level(yeongcheol, yongcheol)).as("one key, one jamo apart").isEqualTo(2);
        double rare = given.levelFrequency(0, 1, 2);
        assertThat(rare).as("ten ways to slip, times one record in 82").isEqualTo(10 / 82.0);
        assertThat(given.levelFrequency(2, yongchil, 2)).as("the rarer, Yongchil, borne by 20").isEqualTo(10 * 20 / 82.0);
        assertThat(given.levelFrequency(yeongcheol, yongcheol, 2)).as("영철: 10 of the 40 names in Hangul")
                .isEqualTo(10 * 10 / 40.0);
        assertThat(given.levelFrequency(0, 1, 3)).as("only the typo level").isNaN();
        Comparison.Prepared plain = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, false).prepare(records);
        assertThat(plain.levelFrequency(0, 1, 2)).as("no term frequencies, no adjustment").isNaN();
    }

    @Test
    void a_romanized_name_with_a_slipped_letter_is_read_back_as_the_name_its_surname_bears() {
        // "Ryeno": two letters swapped, which folds to another key than Ryeon's (celyeno / celyon)
        Records records = names(List.of("Mun, Jae Ryeno", "문재련", "Mun Chae-ryŏn", "Kim Yonng Chol", "Kim Yong Chol",
                "Kim Yong Chol", "Pak Jae Ryeno", "Kim Mi Suk"));
        String[] repaired = GivenRepairs.of(records, records.requireColumn("name"));
        String[] keys = NameNeighbours.givenKeys(records, records.requireColumn("name"));
        assertThat(keys[0]).isNotEqualTo(keys[1]);
        assertThat(repaired[0]).as("Ryeno → Ryeon, borne by two of 문").isEqualTo(keys[1]);
        assertThat(repaired[3]).as("Yonng: a letter doubled").isEqualTo(keys[4]);
        assertThat(repaired[6]).as("no 박 bears a name one slip from it").isEqualTo(keys[6]);
        assertThat(repaired[1]).as("Hangul: a slip there is one jamo, seen as it is").isEqualTo(keys[1]);
        assertThat(repaired[4]).as("borne by two: not a typo to repair").isEqualTo(keys[4]);
        Comparison.Prepared given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, false).prepare(records);
        assertThat(given.level(0, 2)).isEqualTo(2);
        assertThat(given.level(2, 0)).isEqualTo(2);
        assertThat(given.level(6, 1)).as("박's Ryeno has no 박 to be read as").isLessThan(2);
    }

    @Test
    void mistyped_names_are_candidates_with_the_names_they_were_meant_to_be() {
        Records records = names(List.of("Mun, Jae Ryeno", "Mun Chae-ryŏn", "문재련", "김세뮌", "GYM SE MAN", "Pak Hyopsam"));
        BlockingRule repaired = BlockingRule.widening("repaired", List.of(BlockingRule.KeyPart.of("name", KeyTransform.SURNAME),
                BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_REPAIRED)));
        BlockingRule corrected = BlockingRule.widening("corrected", List.of(BlockingRule.KeyPart.of("name", KeyTransform.SURNAME),
                BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_CORRECTED)));
        String[] byRepair = repaired.keys(records);
        String[] byCorrection = corrected.keys(records);
        assertThat(byRepair[0]).isEqualTo(byRepair[1]).isEqualTo(byRepair[2]);
        assertThat(byCorrection[3]).as("세뮌 and 세만, each borne once").isEqualTo(byCorrection[4]);
        assertThat(byCorrection[5]).isNotEqualTo(byCorrection[0]);
    }
}
