package org.kirok.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InferredLinksTest {
    private final UUID run = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID outside = UUID.randomUUID();

    private static PersonLevel.ScoredPair proposed(UUID x, UUID y, double probability) {
        return new PersonLevel.ScoredPair(PersonPair.of(x, y), new Explanation(-10, List.of(), 3, probability), true);
    }

    @Test
    void infers_a_link_for_every_pair_a_run_puts_together() {
        InferredLinks.Changes changes = InferredLinks.between(run, List.of(proposed(a, b, 0.97), proposed(a, c, 0.8)),
                Set.of(a, b, c), List.of());
        assertThat(changes.inferred()).isEqualTo(2);
        assertThat(changes.rows()).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(JudgmentStatus.INFERRED);
            assertThat(row.decision()).isEqualTo(Decision.SAME);
            assertThat(row.runId()).contains(run);
            assertThat(row.decidedBy()).isEmpty();
        });
    }

    @Test
    void writes_nothing_when_the_links_are_already_there() {
        Judgment known = Judgments.inferred(a, b, 0.97);
        InferredLinks.Changes changes = InferredLinks.between(run, List.of(proposed(a, b, 0.96)), Set.of(a, b), List.of(known));
        assertThat(changes.rows()).isEmpty();
    }

    @Test
    void never_writes_over_a_persons_judgment() {
        List<Judgment> current = List.of(Judgments.asserted(a, b, Decision.DIFFERENT),
                Judgments.retracted(Judgments.inferred(a, c, 0.9), true));
        InferredLinks.Changes changes = InferredLinks.between(run, List.of(proposed(a, b, 0.99), proposed(a, c, 0.99)),
                Set.of(a, b, c), current);
        assertThat(changes.rows()).isEmpty();
    }

    @Test
    void relinks_a_pair_a_run_had_withdrawn() {
        Judgment withdrawn = Judgments.retracted(Judgments.inferred(a, b, 0.9), false);
        InferredLinks.Changes changes = InferredLinks.between(run, List.of(proposed(a, b, 0.95)), Set.of(a, b), List.of(withdrawn));
        assertThat(changes.inferred()).isOne();
    }

    @Test
    void withdraws_links_of_an_earlier_run_between_records_it_looked_at() {
        Judgment stale = Judgments.inferred(a, b, 0.9);
        Judgment beyondScope = Judgments.inferred(a, outside, 0.9);
        InferredLinks.Changes changes = InferredLinks.between(run, List.of(), Set.of(a, b, c), List.of(stale, beyondScope));
        assertThat(changes.retracted()).isOne();
        JudgmentStore.NewRow row = changes.rows().get(0);
        assertThat(row.status()).isEqualTo(JudgmentStatus.RETRACTED);
        assertThat(row.retracts()).contains(stale.id());
        assertThat(row.pair()).isEqualTo(stale.pair());
    }
}
