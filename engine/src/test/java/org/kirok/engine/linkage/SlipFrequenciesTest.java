package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kirok.engine.name.Syllables;

class SlipFrequenciesTest {
    @Test
    void counts_the_records_one_slip_away_but_not_the_value_itself() {
        String[] keys = {"hyopsam", "hyopsam", "hyosam", "yonkcol", "yoncol", "yonkcol", "kimcol", ""};
        double[] slips = SlipFrequencies.of(keys, Syllables::split, NameComparison::oneSlip);
        assertThat(slips[0]).as("hyopsam: one hyosam among 7 keys").isCloseTo(1 / 7.0, within(1e-12));
        assertThat(slips[2]).as("hyosam: two hyopsam").isCloseTo(2 / 7.0, within(1e-12));
        assertThat(slips[3]).as("yonkcol: one yoncol (one letter)").isCloseTo(1 / 7.0, within(1e-12));
        assertThat(slips[4]).as("yoncol: two yonkcol").isCloseTo(2 / 7.0, within(1e-12));
        assertThat(slips[6]).as("kimcol is two slips from yonkcol").isZero();
        assertThat(slips[7]).isNaN();
    }

    /** The neighbour index must find exactly what comparing every key with every other finds. */
    @Test
    void agrees_with_comparing_every_pair_of_random_keys() {
        SplittableRandom random = new SplittableRandom(11);
        String[] syllables = {"yonk", "yon", "col", "cil", "su", "so", "hi", "hyo", "hyop", "sam", "san", "min", "mi", "ok", "a"};
        for (int round = 0; round < 20; round++) {
            String[] keys = new String[300];
            for (int i = 0; i < keys.length; i++) {
                int length = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
                StringBuilder key = new StringBuilder();
                for (int s = 0; s < length; s++) {
                    key.append(syllables[random.nextInt(syllables.length)]);
                }
                if (key.length() > 2 && random.nextInt(4) == 0) {
                    key.deleteCharAt(random.nextInt(key.length()));
                }
                keys[i] = key.toString();
            }
            double[] fast = SlipFrequencies.of(keys, Syllables::split, NameComparison::oneSlip);
            long present = java.util.Arrays.stream(keys).filter(k -> !k.isEmpty()).count();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].isEmpty()) {
                    assertThat(fast[i]).isNaN();
                    continue;
                }
                int neighbours = 0;
                for (String other : keys) {
                    if (!other.isEmpty() && !other.equals(keys[i]) && NameComparison.oneSlip(keys[i], other)) {
                        neighbours++;
                    }
                }
                assertThat(fast[i]).as("key %s", keys[i]).isCloseTo(neighbours / (double) present, within(1e-12));
            }
        }
    }

    /** A mistyped rare name weighs more than a mistyped common one: the typo level's u follows the neighbourhood. */
    @Test
    void a_typo_in_a_sparse_part_of_the_name_space_weighs_more() {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        List<String> names = new java.util.ArrayList<>(List.of("Pak Hyopsam", "Pak Hyosam", "Kim Yongchol", "Kim Yongchil"));
        for (String common : List.of("Kim Yongcol", "Kim Yongchul", "Kim Yangchol", "Kim Yonchol", "Kim Yongsol")) {
            for (int i = 0; i < 20; i++) {
                names.add(common);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            builder.add("r" + i, 0, names.get(i), "", "", "");
        }
        Records records = builder.build();
        NameComparison given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true);
        Comparison.Prepared prepared = given.prepare(records);
        assertThat(prepared.level(0, 1)).isEqualTo(2);
        assertThat(prepared.level(2, 3)).isEqualTo(2);
        assertThat(prepared.levelFrequency(0, 1, 2)).as("hyopsam's neighbourhood").isLessThan(0.02);
        assertThat(prepared.levelFrequency(2, 3, 2)).as("yongchol's neighbourhood").isGreaterThan(0.5);
        assertThat(prepared.levelFrequency(0, 1, 3)).as("only the typo level").isNaN();
    }

    @Test
    void a_rare_key_one_slip_from_a_common_one_is_read_as_the_common_one() {
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            keys.add("hyopsam");
        }
        keys.addAll(List.of("hyosam", "hyopsan", "yonkcol", "yoncol", "yoncol", "kimcol", ""));
        var corrections = SlipFrequencies.corrections(keys.toArray(String[]::new), Syllables::split, NameComparison::oneSlip, 4, 3);
        assertThat(corrections).containsEntry("hyosam", "hyopsam").containsEntry("hyopsan", "hyopsam");
        assertThat(corrections).as("yoncol is borne by two, yonkcol by one: neither is the other's typo")
                .doesNotContainKeys("yoncol", "yonkcol", "kimcol", "hyopsam");
    }

    /** The comparison and the blocking rule share one neighbourhood table: they must read the same given-name keys. */
    @Test
    void the_comparison_reads_the_given_name_keys_the_blocking_rules_read() {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        KoreanMentions.generate(3_000, 5).forEach(m -> builder.add(m.id(), 0, m.name(), m.birthYear(), m.sex(), m.place()));
        builder.add("empty", 0, "", "", "", "").add("latin", 0, "John Smith", "", "", "").add("one", 0, "Madonna", "", "", "");
        Records records = builder.build();
        Comparison.Prepared given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true).prepare(records);
        String[] keys = SlipFrequencies.givenKeys(records, records.requireColumn("name"));
        for (int i = 0; i < records.size(); i++) {
            assertThat(given.shown(i)).as("record %s", records.id(i)).isEqualTo(keys[i]);
        }
    }
}
