package org.kirok.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kirok.store.InvalidInputException;

class PersonPairTest {

    @Test
    void orders_the_two_records_as_postgresql_orders_uuids() {
        UUID low = UUID.fromString("7fffffff-0000-0000-0000-000000000000");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000"); // negative as a signed long
        PersonPair pair = PersonPair.of(high, low);
        assertThat(pair.left()).isEqualTo(low);
        assertThat(pair.right()).isEqualTo(high);
        assertThat(high.compareTo(low)).as("java's own order differs here").isNegative();
    }

    @Test
    void a_pair_is_the_same_whichever_record_comes_first() {
        Random random = new Random(4);
        for (int i = 0; i < 2_000; i++) {
            UUID a = new UUID(random.nextLong(), random.nextLong());
            UUID b = new UUID(random.nextLong(), random.nextLong());
            PersonPair pair = PersonPair.of(a, b);
            assertThat(PersonPair.of(b, a)).isEqualTo(pair);
            assertThat(pair.left().toString().compareTo(pair.right().toString())).as("text order = byte order").isNegative();
            assertThat(pair.other(a)).isEqualTo(b);
        }
    }

    @Test
    void rejects_a_record_paired_with_itself() {
        UUID one = UUID.randomUUID();
        assertThatThrownBy(() -> PersonPair.of(one, one)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(one.toString());
    }

    @Test
    void rejects_a_pair_built_out_of_order() {
        PersonPair ordered = PersonPair.of(UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> new PersonPair(ordered.right(), ordered.left()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    }
}
