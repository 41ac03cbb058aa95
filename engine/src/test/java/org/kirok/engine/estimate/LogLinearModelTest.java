package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogLinearModelTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d");

    @Test
    void independence_has_only_main_effects() {
        LogLinearModel model = LogLinearModel.independence(4);
        assertThat(model.describe(NAMES)).isEqualTo("a + b + c + d");
        assertThat(model.parameterCount()).isEqualTo(5);
        assertThat(model.interactions()).isEmpty();
    }

    @Test
    void closes_interactions_under_subsets_and_orders_terms_list_by_list() {
        LogLinearModel model = LogLinearModel.hierarchical(4, List.of(0b1001, 0b0111));
        assertThat(model.describe(NAMES)).isEqualTo("a + b + c + d + a:b + a:c + a:d + b:c + a:b:c");
        assertThat(model.maximalInteractions()).containsExactlyInAnyOrder(0b1001, 0b0111);
    }

    @Test
    void all_two_way_interactions_of_four_lists_has_eleven_parameters() {
        assertThat(LogLinearModel.allInteractions(4, 2).parameterCount()).isEqualTo(11);
        assertThat(LogLinearModel.allInteractions(5, 4).parameterCount()).isEqualTo(31);
    }

    @Test
    void adding_and_removing_a_maximal_term_are_inverse_for_random_models() {
        SplittableRandom random = new SplittableRandom(31);
        for (int trial = 0; trial < 200; trial++) {
            int lists = 3 + random.nextInt(4);
            int term = pairOf(random, lists);
            LogLinearModel base = LogLinearModel.independence(lists);
            LogLinearModel extended = base.with(term);
            assertThat(extended.contains(term)).isTrue();
            assertThat(extended.without(term)).isEqualTo(base);
        }
    }

    @Test
    void rejects_the_term_of_all_lists_and_unknown_lists() {
        assertThatThrownBy(() -> LogLinearModel.hierarchical(3, List.of(0b111))).hasMessageContaining("3-way");
        assertThatThrownBy(() -> LogLinearModel.hierarchical(3, List.of(0b1000))).hasMessageContaining("term 8");
        assertThatThrownBy(() -> LogLinearModel.allInteractions(3, 3)).hasMessageContaining("1..2");
        assertThatThrownBy(() -> LogLinearModel.independence(1)).hasMessageContaining("got 1");
        assertThatThrownBy(() -> LogLinearModel.independence(3).describe(NAMES)).hasMessageContaining("4 names");
    }

    private static int pairOf(SplittableRandom random, int lists) {
        int first = random.nextInt(lists);
        int second = (first + 1 + random.nextInt(lists - 1)) % lists;
        return (1 << first) | (1 << second);
    }
}
