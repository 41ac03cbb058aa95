package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OwnBearersTest {
    /** The person model of {@link ClusteringTest}, with the given name's term frequencies on. */
    private static Scorer scorer(Records records) {
        return ClusteringTest.scorer(records, true);
    }

    private static Records mentions() {
        return new Records.Builder(PersonLinkage.COLUMNS)
                .add("a", 0, "탁명순", "1950", "F", "회령")
                .add("b", 0, "Thak Myong Sun", "1950", "F", "Hoeryong")
                .add("c", 0, "탁명순", "1951", "F", "")
                .add("vague", 0, "Tak Myong-sun", "", "", "")
                .add("d", 0, "김영철", "1968", "M", "회령")
                .add("e", 0, "박영희", "1970", "F", "평양")
                .add("f", 0, "이순자", "1944", "F", "")
                .add("g", 0, "최광명", "1981", "M", "")
                .build();
    }

    /** A name borne by four mentions, three of them one person's, is borne by one other at most: two bits more. */
    @Test
    void a_name_borne_by_one_entity_weighs_as_borne_by_one_record_besides() {
        Records records = mentions();
        Scorer first = scorer(records);
        Scorer second = first.withEntities(new int[] {0, 0, 0, 3, 4, 5, 6, 7});
        assertThat(second.weight(3, 0) - first.weight(3, 0)).as("4 bearers → 4 − 3 = 1").isCloseTo(2.0, within(1e-9));
        assertThat(second.weight(3, 4)).as("no agreement, no adjustment").isEqualTo(first.weight(3, 4));
        assertThat(second.weight(0, 1) - first.weight(0, 1)).as("together already: at least one other").isCloseTo(2.0, within(1e-9));
    }

    /** Two namesakes' entities, two mentions each: each is the other's only other bearer. */
    @Test
    void namesakes_in_two_entities_count_each_other_only() {
        Records records = mentions();
        Scorer first = scorer(records);
        Scorer second = first.withEntities(new int[] {0, 0, 2, 2, 4, 5, 6, 7});
        assertThat(second.weight(0, 2) - first.weight(0, 2)).as("4 bearers → 4 − 2 = 2").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void linking_a_vague_mention_of_a_rare_name_with_its_person() {
        Records records = mentions();
        Linkage linkage = Linker.link(records, PersonLinkage.settings(Gazetteer.EMPTY, 0.5), Progress.NONE);
        assertThat(linkage.clusterOf(3)).isEqualTo(linkage.clusterOf(0));
        assertThat(linkage.clusterOf(4)).isNotEqualTo(linkage.clusterOf(0));
    }
}
