package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void reads_words_and_quoted_phrases() {
        QueryText text = QueryText.parse("  회령  \"state security\" torture “정치범 수용소” ");
        assertThat(text.words()).containsExactly("회령", "torture");
        assertThat(text.phrases()).containsExactly("state security", "정치범 수용소");
    }

    @Test
    void an_unclosed_quote_still_gives_a_phrase_and_blank_text_is_empty() {
        assertThat(QueryText.parse("camp \"kim il").phrases()).containsExactly("kim il");
        assertThat(QueryText.parse("   ").isEmpty()).isTrue();
        assertThat(QueryText.parse(null)).isEqualTo(QueryText.EMPTY);
    }

    @Test
    void full_width_forms_are_folded() {
        assertThat(QueryText.parse("ＭＳＳ").words()).isEqualTo(List.of("MSS"));
    }

    @Test
    void rejects_text_that_is_too_long_naming_the_length() {
        assertThatThrownBy(() -> QueryText.parse("a".repeat(501))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("501");
    }

    @Test
    void rejects_too_many_words() {
        assertThatThrownBy(() -> QueryText.parse("w ".repeat(33))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("33");
    }
}
