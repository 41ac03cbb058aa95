package org.kirok.engine.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurnamesTest {
    static Path sharedData() {
        String override = System.getenv("KIROK_SHARED_DATA");
        return override != null && !override.isBlank() ? Path.of(override) : Path.of("../../shared/data");
    }

    /**
     * "Tng" is one letter from "tang" (당) and "tong" (동), equally common: the tie is broken by the
     * Hangul, not by the order of a map that changes from run to run (it did: linkage results
     * differed by a few pairs between runs of the same input).
     */
    @Test
    void a_misspelling_between_equally_common_surnames_reads_the_same_in_every_run() {
        Surnames surnames = Surnames.standard();
        assertThat(surnames.byHangul("당").orElseThrow().bearers()).isEqualTo(surnames.byHangul("동").orElseThrow().bearers());
        assertThat(surnames.nearSpelling("Tng")).map(Surname::hangul).contains("당");
    }

    @Test
    void a_hangul_syllable_one_jamo_from_surnames_reads_as_the_most_common() {
        Surnames surnames = Surnames.standard();
        assertThat(surnames.nearHangul("긤")).map(Surname::hangul).as("vowel").contains("김");
        assertThat(surnames.nearHangul("괨")).map(Surname::hangul).contains("김");
        assertThat(surnames.nearHangul("빡")).map(Surname::hangul).as("initial").contains("박");
        assertThat(surnames.nearHangul("김")).as("a surname is no slip").isEmpty();
        assertThat(surnames.nearHangul("남궝")).map(Surname::hangul).as("two syllables").contains("남궁");
        assertThat(surnames.nearHangul("뷁뷁")).isEmpty();
        assertThat(surnames.nearHangul("")).isEmpty();
    }

    @Test
    void a_two_letter_spelling_is_near_a_surname_with_its_letters_swapped_or_its_vowel_dropped() {
        Surnames surnames = Surnames.standard();
        assertThat(surnames.nearSpelling("UY")).map(Surname::hangul).contains("유");
        assertThat(surnames.nearSpelling("Xu")).isEmpty();
        assertThat(surnames.nearSpelling("Lu")).as("a syllable of its own, not Lee").isEmpty();
        assertThat(surnames.nearSpelling("GM")).as("no vowel: no syllable").map(Surname::hangul).contains("김");
        assertThat(surnames.nearSpelling("Km")).map(Surname::hangul).contains("김");
    }

    @Test
    void a_hangul_syllable_that_is_no_surname_may_stand_for_every_surname_a_jamo_away() {
        Surnames surnames = Surnames.standard();
        List<String> readings = surnames.allNearHangul("뢔").stream().map(Surname::hangul).toList();
        assertThat(readings).as("류 is 유's North form").contains("유", "이", "노").doesNotContain("김");
        assertThat(readings.get(0)).isEqualTo(surnames.nearHangul("뢔").orElseThrow().hangul());
        assertThat(surnames.allNearHangul("류")).as("a surname is no slip").isEmpty();
    }

    @Test
    void finds_surnames_by_hangul_north_form_and_spelling() {
        Surnames surnames = Surnames.standard();
        assertThat(surnames.byHangul("리")).map(Surname::hangul).contains("이");
        assertThat(surnames.bySpelling("RHEE")).map(Surname::hangul).contains("이");
        assertThat(surnames.bySpelling("Ch'oe")).map(Surname::hangul).contains("최");
        assertThat(surnames.bySpelling("Namkoong")).map(Surname::hangul).contains("남궁");
        assertThat(surnames.bySpelling("Smith")).isEmpty();
        assertThat(surnames.all().get(0).hangul()).isEqualTo("김");
    }

    @Test
    void rejects_a_malformed_surname() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Surname("Kim", java.util.Optional.empty(), 1, "kim", List.of("kim")))
            .hasMessageContaining("'Kim'");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Surname("김", java.util.Optional.empty(), -1, "kim", List.of("kim")))
            .hasMessageContaining("-1");
    }

    /** The shared table is test data: every surname and published spelling in it must read back right. */
    @Test
    void reads_every_surname_and_published_spelling_of_the_shared_table() throws IOException {
        Path table = sharedData().resolve("linkage/korean/korean_surname_romanization_variants.csv");
        assumeTrue(Files.exists(table), "shared data absent (" + table.toAbsolutePath() + "); set KIROK_SHARED_DATA");
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            String hangul = fields[0];
            var surname = Surnames.standard().byHangul(hangul);
            assertThat(surname).as(hangul).isPresent();
            String dprkHangul = fields[11];
            if (!dprkHangul.isEmpty()) {
                assertThat(NameKeys.canonical(dprkHangul)).as(dprkHangul).isEqualTo(NameKeys.canonical(hangul));
            }
            for (String column : new String[] {fields[2], fields[3], fields[8], fields[9]}) {
                for (String spelling : column.split("/")) {
                    String clean = spelling.replaceAll("\\((S|N)\\)", "").strip();
                    if (!clean.isEmpty()) {
                        assertThat(Surnames.standard().bySpelling(clean).map(Surname::key))
                                .as(hangul + " spelt " + clean).contains(surname.get().key());
                    }
                }
            }
        }
    }
}
