package org.kirok.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kirok.engine.estimate.LogLinearModel;
import org.junit.jupiter.api.Test;

class InteractionSpecTest {

    private static final List<String> LISTS = List.of("LA", "NG", "PF", "GO");

    @Test
    void reads_terms_by_name_ignoring_case_or_by_position() {
        InteractionSpec byName = InteractionSpec.parse("LA:NG, pf:go", LISTS);
        InteractionSpec byPosition = InteractionSpec.parse("c1:c2,c3:c4", LISTS);
        assertThat(byName.model()).isEqualTo(byPosition.model())
                .isEqualTo(LogLinearModel.hierarchical(4, List.of(0b0011, 0b1100)));
        assertThat(byName.notes()).isEmpty();
    }

    @Test
    void all_and_none_shortcuts() {
        assertThat(InteractionSpec.parse("all2", LISTS).model()).isEqualTo(LogLinearModel.allInteractions(4, 2));
        assertThat(InteractionSpec.parse("ALL3", LISTS).model()).isEqualTo(LogLinearModel.allInteractions(4, 3));
        assertThat(InteractionSpec.parse("none", LISTS).model()).isEqualTo(LogLinearModel.independence(4));
    }

    @Test
    void closes_a_higher_order_term_and_says_what_it_added() {
        InteractionSpec spec = InteractionSpec.parse("LA:NG:PF", LISTS);
        assertThat(spec.model().describe(LISTS)).isEqualTo("LA + NG + PF + GO + LA:NG + LA:PF + NG:PF + LA:NG:PF");
        assertThat(spec.notes()).singleElement().asString().contains("added LA:NG, LA:PF, NG:PF");
    }

    @Test
    void rejects_malformed_terms_with_the_reason() {
        assertThatThrownBy(() -> InteractionSpec.parse("LA", LISTS)).hasMessageContaining("single list");
        assertThatThrownBy(() -> InteractionSpec.parse("LA:XX", LISTS)).hasMessageContaining("unknown list 'XX'");
        assertThatThrownBy(() -> InteractionSpec.parse("LA:LA", LISTS)).hasMessageContaining("twice");
        assertThatThrownBy(() -> InteractionSpec.parse("LA:NG,,PF:GO", LISTS)).hasMessageContaining("empty term");
        assertThatThrownBy(() -> InteractionSpec.parse("all4", LISTS)).hasMessageContaining("2..3");
        assertThatThrownBy(() -> InteractionSpec.parse("c1:c2:c3:c4", LISTS)).hasMessageContaining("joins all 4 lists");
        assertThatThrownBy(() -> InteractionSpec.parse("c1:c5", LISTS)).hasMessageContaining("unknown list 'c5'");
    }
}
