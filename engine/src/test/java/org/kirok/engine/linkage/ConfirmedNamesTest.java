package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two names each confirmed by a second mention of its person are two names, not a name and its typo. */
class ConfirmedNamesTest {
    private static Comparison.Prepared given(List<String> names) {
        return new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true).prepare(TypoEvidenceTest.names(names));
    }

    @Test
    void names_one_slip_apart_that_their_own_entities_confirm_are_different() {
        Comparison.Prepared first = given(List.of("Kim Yongchol", "KIM YONG CHOL", "Kim Yongchil", "Kim Yong-chil", "Kim Yongchil"));
        assertThat(first.level(0, 2)).as("before entities: one typo").isEqualTo(2);
        Comparison.Prepared second = first.withEntities(new int[] {0, 0, 2, 2, 4});
        assertThat(second.level(0, 2)).as("each written alike by two mentions of one person").isEqualTo(0);
        assertThat(second.level(0, 4)).as("Yongchil alone in its entity may be Yongchol mistyped").isEqualTo(2);
        assertThat(second.level(0, 1)).as("the same name stays the same").isEqualTo(3);
    }

    @Test
    void a_hangul_name_is_confirmed_by_the_same_jamo_not_by_the_same_key() {
        Comparison.Prepared first = given(List.of("김영철", "김영철", "김용철", "Kim Yong Chol"));
        assertThat(ConfirmedNames.of(new int[] {0, 0, 2, 2}, new String[] {"yonkcol", "yonkcol", "yonkcol", "yonkcol"},
                new String[] {"ㅇㅕㅇㅊㅓㄹ", "ㅇㅕㅇㅊㅓㄹ", "ㅇㅛㅇㅊㅓㄹ", ""})).containsExactly(true, true, false, false);
        assertThat(first.withEntities(new int[] {0, 0, 2, 2}).level(0, 2)).as("용철 has no second 용철").isEqualTo(2);
        assertThat(first.withEntities(new int[] {0, 0, 2, 2}).level(0, 1)).isEqualTo(3);
    }
}
