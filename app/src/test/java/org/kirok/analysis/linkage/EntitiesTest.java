package org.kirok.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntitiesTest {
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();
    private final UUID e = UUID.randomUUID();

    @Test
    void joins_records_along_their_links() {
        Entities entities = Entities.resolve(List.of(Judgments.inferred(a, b, 0.97), Judgments.inferred(b, c, 0.91)));
        assertThat(entities.entityOf(a)).isEqualTo(entities.entityOf(c));
        assertThat(entities.membersWith(b)).containsExactlyInAnyOrder(a, b, c);
        assertThat(entities.entityOf(d)).as("linked to nothing: itself").isEqualTo(d);
        assertThat(entities.membersWith(d)).containsExactly(d);
    }

    @Test
    void a_persons_different_splits_a_cluster_a_run_proposed() {
        // the run linked a-c, b-c and a-b; a person then said a and b are different (the latest row of a-b)
        Entities entities = Entities.resolve(List.of(Judgments.inferred(a, c, 0.99), Judgments.inferred(b, c, 0.95),
                Judgments.asserted(a, b, Decision.DIFFERENT)));
        assertThat(entities.entityOf(a)).isNotEqualTo(entities.entityOf(b));
        assertThat(entities.entityOf(a)).as("the strongest link wins the shared record").isEqualTo(entities.entityOf(c));
        assertThat(entities.conflicts()).as("a run's link refused is no conflict").isEmpty();
    }

    @Test
    void a_persons_same_joins_two_proposed_clusters() {
        Entities entities = Entities.resolve(List.of(Judgments.inferred(a, b, 0.99), Judgments.inferred(c, d, 0.99),
                Judgments.asserted(b, c, Decision.SAME)));
        assertThat(entities.membersWith(a)).containsExactlyInAnyOrder(a, b, c, d);
    }

    @Test
    void people_are_heard_before_the_model() {
        // the model links a-b strongly, but a person said a ≠ e and e = b: b goes with e, not with a
        Entities entities = Entities.resolve(List.of(Judgments.inferred(a, b, 0.999), Judgments.asserted(b, e, Decision.SAME),
                Judgments.asserted(a, e, Decision.DIFFERENT)));
        assertThat(entities.entityOf(b)).isEqualTo(entities.entityOf(e));
        assertThat(entities.entityOf(a)).isNotEqualTo(entities.entityOf(b));
    }

    @Test
    void reports_a_persons_same_that_other_judgments_forbid() {
        Judgment same = Judgments.asserted(a, b, Decision.SAME);
        Judgment different = Judgments.asserted(b, c, Decision.DIFFERENT);
        Judgment contradicted = Judgments.asserted(a, c, Decision.SAME); // the latest of the three
        Entities entities = Entities.resolve(List.of(contradicted, different, same));
        assertThat(entities.entityOf(a)).isNotEqualTo(entities.entityOf(c));
        assertThat(entities.conflicts()).containsExactly(contradicted);
    }

    @Test
    void unsure_and_retracted_rows_link_nothing() {
        Judgment link = Judgments.inferred(a, b, 0.9);
        Entities entities = Entities.resolve(List.of(Judgments.retracted(link, true), Judgments.asserted(c, d, Decision.UNSURE)));
        assertThat(entities.entityOf(a)).isNotEqualTo(entities.entityOf(b));
        assertThat(entities.entityOf(c)).isNotEqualTo(entities.entityOf(d));
        assertThat(entities.linkedEntities()).isZero();
    }

    @Test
    void no_entity_ever_holds_two_records_someone_said_are_different() {
        Random random = new Random(2024);
        for (int round = 0; round < 200; round++) {
            List<UUID> records = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                records.add(UUID.randomUUID());
            }
            Map<PersonPair, Judgment> latest = new HashMap<>();
            for (int j = 0; j < 30; j++) {
                UUID x = records.get(random.nextInt(records.size()));
                UUID y = records.get(random.nextInt(records.size()));
                if (x.equals(y)) {
                    continue;
                }
                Judgment judgment = switch (random.nextInt(4)) {
                    case 0 -> Judgments.asserted(x, y, Decision.DIFFERENT);
                    case 1 -> Judgments.asserted(x, y, Decision.SAME);
                    default -> Judgments.inferred(x, y, 0.5 + random.nextDouble() / 2);
                };
                latest.put(judgment.pair(), judgment);
            }
            Entities entities = Entities.resolve(latest.values());
            for (Judgment judgment : latest.values()) {
                if (judgment.separates()) {
                    assertThat(entities.entityOf(judgment.pair().left())).as("round " + round)
                            .isNotEqualTo(entities.entityOf(judgment.pair().right()));
                }
            }
            for (UUID record : records) {
                assertThat(entities.membersWith(record)).contains(record);
                entities.membersWith(record).forEach(member ->
                        assertThat(entities.entityOf(member)).isEqualTo(entities.entityOf(record)));
            }
        }
    }
}
