package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English through Porter stemming: word forms meet, different words do not. */
class EnglishStemmingTest {

    @Test
    void inflected_forms_find_each_other() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument tortured = TestIndex.text("He was tortured during interrogations at the holding centre.");
            SearchDocument repatriation = TestIndex.text("Forced repatriation from China in 2019.");
            index.add(tortured, repatriation);
            assertThat(index.ids("torture")).containsExactly(tortured.id());
            assertThat(index.ids("interrogation")).containsExactly(tortured.id());
            assertThat(index.ids("Holding Centres")).containsExactly(tortured.id());
            assertThat(index.ids("repatriated")).containsExactly(repatriation.id());
            assertThat(index.ids("forcibly repatriated")).isEmpty(); // "forcibly" is not in the text
        }
    }

    @Test
    void stop_words_do_not_have_to_match_but_other_words_do() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument camp = TestIndex.text("Released from the camp in 2001.");
            index.add(camp);
            assertThat(index.ids("the camp")).containsExactly(camp.id());
            assertThat(index.ids("camp prison")).isEmpty();
        }
    }

    @Test
    void a_different_word_with_a_common_prefix_does_not_match() {
        try (TestIndex index = TestIndex.plain()) {
            index.add(TestIndex.text("Torture was reported."));
            assertThat(index.ids("tort")).isEmpty();
            assertThat(index.ids("tortoise")).isEmpty();
        }
    }

    @Test
    void a_quoted_phrase_needs_its_words_in_order() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument inOrder = TestIndex.text("Detained by state security officers.");
            SearchDocument otherOrder = TestIndex.text("Security for the state was detained.");
            index.add(inOrder, otherOrder);
            assertThat(index.ids("\"state security\"")).containsExactly(inOrder.id());
            assertThat(index.ids("state security")).containsExactlyInAnyOrder(inOrder.id(), otherOrder.id());
        }
    }
}
