package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HangulOfEntitiesTest {
    @Test
    void a_romanized_name_takes_the_hangul_its_entity_writes_under_the_same_key() {
        String[] keys = {"yonkcol", "yonkcol", "yonkcol", "yonkcol", "yonkcol", "yonkcol", "sunhi"};
        String[] jamo = {"ㅇㅕㅇㅊㅓㄹ", "", "ㅇㅛㅇㅊㅓㄹ", "", "ㅇㅕㅇㅊㅓㄹ", "", ""};
        String[] spellings = {"영철", "yongchol", "용철", "yongchol", "영철", "yongchol", "sunhui"};
        int[] entity = {0, 0, 2, 2, 4, 4, 4};
        entity[5] = 7; // alone
        String[][] read = HangulOfEntities.inherit(entity, keys, jamo, spellings);
        assertThat(read[0][1]).as("beside 영철").isEqualTo("ㅇㅕㅇㅊㅓㄹ");
        assertThat(read[1][1]).isEqualTo("영철");
        assertThat(read[0][3]).as("beside 용철").isEqualTo("ㅇㅛㅇㅊㅓㄹ");
        assertThat(read[0][5]).as("no Hangul in its entity").isEmpty();
        assertThat(read[0][6]).as("another key than the Hangul's").isEmpty();
        assertThat(read[0][0]).as("its own Hangul").isEqualTo(jamo[0]);
    }

    @Test
    void an_entity_whose_hangul_disagrees_lends_none() {
        String[] keys = {"yonkcol", "yonkcol", "yonkcol"};
        String[] jamo = {"ㅇㅕㅇㅊㅓㄹ", "ㅇㅛㅇㅊㅓㄹ", ""};
        String[] spellings = {"영철", "용철", "yongchol"};
        String[][] read = HangulOfEntities.inherit(new int[] {0, 0, 0}, keys, jamo, spellings);
        assertThat(read[0][2]).isEmpty();
        assertThat(read[1][2]).isEqualTo("yongchol");
    }

    /** "Yong Chol" beside 영철 against 용철: read through the entity, one jamo apart, no longer the same sound. */
    @Test
    void the_given_name_comparison_reads_a_romanized_name_through_its_entity() {
        Records records = new Records.Builder(PersonLinkage.COLUMNS)
                .add("a", 0, "김영철", "1968", "M", "회령")
                .add("b", 0, "Kim Yong Chol", "1968", "M", "")
                .add("c", 0, "김용철", "1968", "M", "")
                .build();
        Comparison.Prepared given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true).prepare(records);
        assertThat(given.level(1, 2)).isEqualTo(3);
        Comparison.Prepared read = given.withEntities(new int[] {0, 0, 2});
        assertThat(read.level(1, 2)).isEqualTo(2);
        assertThat(read.level(0, 1)).isEqualTo(3);
        Comparison.Prepared surname = new NameComparison("surname", "name", NameComparison.Part.SURNAME, true).prepare(records);
        assertThat(surname.withEntities(new int[] {0, 0, 2})).isSameAs(surname);
    }
}
