package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kirok.engine.name.Syllables;

class NameNeighboursTest {
    @Test
    void finds_the_keys_one_slip_away_and_counts_their_bearers() {
        String[] keys = {"hyopsam", "hyopsam", "hyosam", "yonkcol", "yoncol", "yonkcol", "kimcol", ""};
        NameNeighbours found = NameNeighbours.of(keys, Syllables::split, NameComparison::oneSlip);
        assertThat(found.counts()).containsEntry("hyopsam", 2).containsEntry("yonkcol", 2).doesNotContainKey("");
        assertThat(found.neighbours().get("hyopsam")).containsExactly("hyosam");
        assertThat(found.neighbours().get("yonkcol")).containsExactly("yoncol");
        assertThat(found.neighbours().get("kimcol")).as("two slips from yonkcol").isEmpty();
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
            NameNeighbours fast = NameNeighbours.of(keys, Syllables::split, NameComparison::oneSlip);
            for (String key : fast.counts().keySet()) {
                Set<String> expected = new HashSet<>();
                for (String other : keys) {
                    if (!other.isEmpty() && !other.equals(key) && NameComparison.oneSlip(key, other)) {
                        expected.add(other);
                    }
                }
                assertThat(fast.neighbours().get(key)).as("key %s", key).isEqualTo(expected);
            }
        }
    }

    @Test
    void a_mistyped_name_is_read_as_the_likeliest_name_of_its_surname() {
        String[] surnames = {"pak", "pak", "pak", "pak", "kim", "kim", "i", "i", "i"};
        String[] givens = {"hyopsam", "hyopsam", "hyosam", "hyopsan", "hyosam", "yonkcol", "nam", "nam", "na"};
        NameNeighbours neighbours = NameNeighbours.of(givens, Syllables::split, NameComparison::oneSlip);
        String[] corrected = neighbours.correctionsWithinSurname(surnames, givens);
        assertThat(corrected[2]).as("박효삼 beside two 박협삼").isEqualTo("hyopsam");
        assertThat(corrected[3]).as("박협산 beside two 박협삼").isEqualTo("hyopsam");
        assertThat(corrected[4]).as("김효삼: no 김협삼 in the table").isEqualTo("hyosam");
        assertThat(corrected[8]).as("이나 beside two 이남").isEqualTo("nam");
        assertThat(corrected[0]).isEqualTo("hyopsam");
    }

    /** Two mentions of one person, one mistyped, each name borne once: both must land on one key. */
    @Test
    void two_names_borne_once_meet_on_the_likelier_even_when_it_has_other_neighbours() {
        String[] surnames = {"kim", "kim", "kim", "kim"};
        // 세뮌 is a slip of 세만; 세만 is also one letter from sewan, borne once with a commoner rarest
        // syllable (wan is in wanmi too), which 세뮌 is not near
        String[] givens = {"semwin", "seman", "sewan", "wanmi"};
        NameNeighbours neighbours = NameNeighbours.of(givens, Syllables::split, NameComparison::oneSlip);
        assertThat(neighbours.neighbours().get("semwin")).containsExactly("seman");
        assertThat(neighbours.neighbours().get("seman")).contains("semwin", "sewan");
        String[] corrected = neighbours.correctionsWithinSurname(surnames, givens);
        assertThat(corrected[0]).isEqualTo("seman");
        assertThat(corrected[1]).as("pointed to by 세뮌, so kept").isEqualTo("seman");
    }

    @Test
    void corrections_are_the_same_in_every_order_of_the_records() {
        List<String> surnames = List.of("kim", "kim", "kim", "pak", "pak", "kim");
        List<String> givens = List.of("yonkcol", "yoncol", "yankcol", "su", "so", "");
        String[] first = NameNeighbours.of(givens.toArray(String[]::new), Syllables::split, NameComparison::oneSlip)
                .correctionsWithinSurname(surnames.toArray(String[]::new), givens.toArray(String[]::new));
        List<Integer> order = List.of(5, 4, 3, 2, 1, 0);
        String[] reversedGivens = order.stream().map(givens::get).toArray(String[]::new);
        String[] second = NameNeighbours.of(reversedGivens, Syllables::split, NameComparison::oneSlip)
                .correctionsWithinSurname(order.stream().map(surnames::get).toArray(String[]::new), reversedGivens);
        for (int i = 0; i < order.size(); i++) {
            assertThat(second[i]).isEqualTo(first[order.get(i)]);
        }
        assertThat(first[5]).isEmpty();
    }

    /** The comparison and the blocking rules share one neighbourhood table: they must read the same given-name keys. */
    @Test
    void the_comparison_reads_the_given_name_keys_the_blocking_rules_read() {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        KoreanMentions.generate(3_000, 5).forEach(m -> builder.add(m.id(), 0, m.name(), m.birthYear(), m.sex(), m.place()));
        builder.add("empty", 0, "", "", "", "").add("latin", 0, "John Smith", "", "", "").add("one", 0, "Madonna", "", "", "");
        Records records = builder.build();
        Comparison.Prepared given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true).prepare(records);
        String[] keys = NameNeighbours.givenKeys(records, records.requireColumn("name"));
        for (int i = 0; i < records.size(); i++) {
            assertThat(given.shown(i)).as("record %s", records.id(i)).isEqualTo(keys[i]);
        }
    }
}
