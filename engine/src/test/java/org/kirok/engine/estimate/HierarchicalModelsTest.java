package org.kirok.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchicalModelsTest {

    @Test
    void counts_every_hierarchical_model_once() {
        assertThat(HierarchicalModels.all(2)).hasSize(1);
        assertThat(HierarchicalModels.all(3)).hasSize(8);
        assertThat(HierarchicalModels.all(4)).hasSize(113);
        List<LogLinearModel> five = HierarchicalModels.all(5);
        assertThat(five).hasSize(6_893);
        assertThat(new HashSet<>(five)).hasSize(6_893);
    }

    @Test
    void every_model_is_closed_under_subsets() {
        for (LogLinearModel model : HierarchicalModels.all(4)) {
            for (int term : model.terms()) {
                for (int sub = (term - 1) & term; sub != 0; sub = (sub - 1) & term) {
                    assertThat(model.contains(sub)).as(model + " contains the sub-term " + sub + " of " + term).isTrue();
                }
            }
        }
    }

    @Test
    void rejects_more_than_five_lists() {
        assertThatThrownBy(() -> HierarchicalModels.all(6)).hasMessageContaining("got 6");
    }
}
