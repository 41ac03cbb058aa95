package org.kirok.analysis.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapTableTest {

    @Test
    void shows_every_count_to_a_reader_with_identity_access() {
        OverlapTable table = OverlapTable.of(2, new CaptureData.Stratum("all", "전체", new long[] {0, 12, 3, 40}), false);
        assertThat(table.rows()).extracting(OverlapTable.Row::count)
                .containsExactly(Optional.of(12L), Optional.of(3L), Optional.of(40L));
        assertThat(table.rows().get(2).on()).containsExactly(true, true);
        assertThat(table.total()).contains(55L);
        assertThat(table.listSizes()).containsExactly(Optional.of(52L), Optional.of(43L));
    }

    @Test
    void hides_counts_of_one_to_ten_and_their_complements_from_others() {
        OverlapTable table = OverlapTable.of(2, new CaptureData.Stratum("all", "전체", new long[] {0, 12, 3, 40}), true);
        assertThat(table.rows().get(1).count()).as("3 is small").isEmpty();
        long hidden = table.rows().stream().filter(row -> row.count().isEmpty()).count();
        assertThat(hidden).as("a lone hidden cell could be recovered from the total").isGreaterThanOrEqualTo(2);
        assertThat(table.listSizes()).allMatch(Optional::isEmpty);
        assertThat(table.gated()).isTrue();
    }

    @Test
    void no_shown_count_is_small_in_any_random_table() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int lists = 2 + random.nextInt(3);
            long[] counts = new long[1 << lists];
            for (int pattern = 1; pattern < counts.length; pattern++) {
                counts[pattern] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
            }
            if (java.util.Arrays.stream(counts).sum() == 0) {
                continue;
            }
            OverlapTable table = OverlapTable.of(lists, new CaptureData.Stratum("s", "s", counts), true);
            for (OverlapTable.Row row : table.rows()) {
                long shown = row.count().orElse(0L);
                assertThat(shown == 0 || shown >= 11).as("a shown count of " + shown + " in " + java.util.Arrays.toString(counts))
                        .isTrue();
            }
            table.total().ifPresent(total -> assertThat(total).isGreaterThanOrEqualTo(11));
        }
    }

    @Test
    void strata_totals_are_gated_as_one_table() {
        List<Optional<Long>> shown = OverlapTable.strataObserved(List.of(new CaptureData.Stratum("a", "a", new long[] {0, 4, 0, 0}),
                new CaptureData.Stratum("b", "b", new long[] {0, 50, 20, 9})), true);
        assertThat(shown.get(0)).isEmpty();
        assertThat(shown.get(1)).as("hidden too, or 4 = total - 79").isEmpty();
    }

    @Test
    void warnings_that_name_small_counts_are_redacted_for_others() {
        String warning = "only 3 people are on both lists; with fewer than 7 the Chapman estimator is noticeably biased";
        assertThat(OverlapTable.redact(warning, true)).startsWith("only fewer than 11 people are on both lists")
                .doesNotContain(" 3 ");
        assertThat(OverlapTable.redact(warning, false)).isEqualTo(warning);
        assertThat(OverlapTable.redact("stratum 'x' has only 240 people observed", true)).contains("240 people");
    }
}
