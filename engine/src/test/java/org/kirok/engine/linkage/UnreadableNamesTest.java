package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kirok.engine.name.NameParser;
import org.kirok.engine.name.ParsedName;

/** Names that can be no one's as written, and how a slip into one is read. */
class UnreadableNamesTest {
    private static boolean[] unreadable(List<String> names) {
        return UnreadableNames.of(names.stream().map(NameParser::parse).toArray(ParsedName[]::new));
    }

    @Test
    void a_romanized_given_name_that_no_syllables_can_spell_is_unreadable() {
        boolean[] unreadable = unreadable(List.of("Kim Chnyo", "Kim Chunyo", "John Smith", "Kim", "김춘여"));
        assertThat(unreadable).containsExactly(true, false, false, false, false);
    }

    @Test
    void a_hangul_syllable_written_once_is_a_slip_only_in_a_table_large_enough_to_tell() {
        List<String> table = new ArrayList<>();
        for (int i = 0; i < UnreadableNames.HANGUL_NAMES_TO_JUDGE; i++) {
            table.add(i % 2 == 0 ? "김영철" : "박영희");
        }
        table.add("김영췔");
        boolean[] large = unreadable(table);
        assertThat(large[table.size() - 1]).as("췔: no one else writes it").isTrue();
        assertThat(large[0]).isFalse();
        assertThat(unreadable(List.of("김영철", "박영희", "김영췔"))[2]).as("three names tell nothing of 췔").isFalse();
    }

    @Test
    void a_slip_into_an_unreadable_spelling_compares_as_the_name_it_slipped_from() {
        Records records = TypoEvidenceTest.names(List.of("Kim Chnyo", "Kim Chunyo", "Kim Chunya", "Pak Chunyo"));
        Comparison.Prepared given = new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true).prepare(records);
        assertThat(given.level(0, 1)).as("Chnyo can only be Chunyo mistyped").isEqualTo(3);
        assertThat(given.level(1, 0)).isEqualTo(3);
        assertThat(given.level(1, 2)).as("Chunya may be a name of its own: one typo").isEqualTo(2);
    }

    @Test
    void a_hangul_surname_that_is_no_surname_agrees_with_every_surname_it_may_stand_for() {
        Records records = TypoEvidenceTest.names(List.of("춘향 뢔", "류 춘향", "박 춘향", "춘향 롸"));
        Comparison.Prepared surname = new NameComparison("surname", "name", NameComparison.Part.SURNAME, true).prepare(records);
        assertThat(surname.level(0, 1)).as("뢔 may be 류 with its vowel slipped").isEqualTo(2);
        assertThat(surname.level(1, 0)).isEqualTo(2);
        assertThat(surname.level(0, 2)).as("nor 박 one jamo from 뢔").isLessThan(2);
        assertThat(surname.level(0, 3)).as("two slips that may both be 류").isEqualTo(2);
    }
}
