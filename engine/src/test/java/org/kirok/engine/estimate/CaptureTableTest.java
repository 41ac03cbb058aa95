package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CaptureTableTest {

    private static final List<String> THREE = List.of("NKDB", "TJWG", "KINU");

    @Test
    void counts_observed_people_and_overlaps() {
        CaptureTable table = CaptureTable.builder(THREE).add(0b001, 50).add(0b011, 10).add(0b111, 5).add(0b100, 20).build();
        assertThat(table.observed()).isEqualTo(85);
        assertThat(table.overlap(0b001)).isEqualTo(65);
        assertThat(table.overlap(0b011)).isEqualTo(15);
        assertThat(table.overlap(0b110)).isEqualTo(5);
        assertThat(table.count(0b010)).isZero();
        assertThat(table.observableCells()).isEqualTo(7);
        assertThat(table.describe(0b101)).isEqualTo("1,0,1");
    }

    @Test
    void builder_sums_repeated_patterns_and_equals_the_array_form() {
        CaptureTable built = CaptureTable.builder(THREE).add(0b010, 3).add(0b010, 4).build();
        CaptureTable direct = CaptureTable.of(THREE, new long[] {0, 0, 7, 0, 0, 0, 0, 0});
        assertThat(built).isEqualTo(direct).hasSameHashCodeAs(direct);
    }

    @Test
    void overlap_of_a_single_list_is_its_size_for_random_tables() {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 50; trial++) {
            int lists = 2 + random.nextInt(6);
            long[] counts = new long[1 << lists];
            for (int pattern = 1; pattern < counts.length; pattern++) {
                counts[pattern] = random.nextInt(5);
            }
            counts[1] += 1;
            CaptureTable table = CaptureTable.of(IntStream.range(0, lists).mapToObj(list -> "L" + list).toList(), counts);
            for (int list = 0; list < lists; list++) {
                int bit = 1 << list;
                long expected = IntStream.range(1, counts.length).filter(pattern -> (pattern & bit) != 0)
                        .mapToLong(pattern -> counts[pattern]).sum();
                assertThat(table.overlap(bit)).isEqualTo(expected);
            }
        }
    }

    @Test
    void rejects_a_single_list_and_more_than_fifteen() {
        assertThatThrownBy(() -> CaptureTable.builder(List.of("only"))).hasMessageContaining("2 to 15 lists, got 1");
        List<String> sixteen = IntStream.range(0, 16).mapToObj(list -> "L" + list).toList();
        assertThatThrownBy(() -> CaptureTable.builder(sixteen)).hasMessageContaining("got 16");
    }

    @Test
    void rejects_blank_and_duplicate_list_names() {
        assertThatThrownBy(() -> CaptureTable.builder(List.of("a", " "))).hasMessageContaining("blank");
        assertThatThrownBy(() -> CaptureTable.builder(List.of("NKDB", "nkdb"))).hasMessageContaining("'nkdb' appears twice");
    }

    @Test
    void rejects_negative_counts_and_a_count_for_nobody_on_any_list() {
        assertThatThrownBy(() -> CaptureTable.builder(THREE).add(0b101, -2)).hasMessageContaining("1,0,1").hasMessageContaining("-2");
        assertThatThrownBy(() -> CaptureTable.builder(THREE).add(0, 2)).hasMessageContaining("pattern 0");
        assertThatThrownBy(() -> CaptureTable.of(THREE, new long[] {4, 1, 0, 0, 0, 0, 0, 0})).hasMessageContaining("the unknown");
        assertThatThrownBy(() -> CaptureTable.of(THREE, new long[] {0, 1, 0})).hasMessageContaining("expected 8 counts");
    }

    @Test
    void rejects_a_table_that_records_nobody() {
        assertThatThrownBy(() -> CaptureTable.builder(THREE).build()).hasMessageContaining("records nobody");
    }
}
