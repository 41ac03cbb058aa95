package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/** Snippets: matches marked in escaped text, cut from a window of a long text, nothing when nothing matches. */
class SnippetsTest {

    @Test
    void marks_the_match_and_escapes_the_text() {
        try (TestIndex index = TestIndex.plain()) {
            IndexResult result = index.index.search(TestIndex.query("수용소", true, new MatchAllDocsQuery()));
            Optional<String> snippet = index.index.snippet(result, "<b>그는</b> 정치범수용소에서 지냈다 & 살아남았다", true);
            assertThat(snippet).hasValueSatisfying(html -> assertThat(html).contains("<mark>").contains("수용소")
                    .contains("&lt;b&gt;").contains("&amp;").doesNotContain("<b>"));
        }
    }

    @Test
    void a_match_deep_in_a_long_transcript_is_found_without_analysing_all_of_it() {
        try (TestIndex index = TestIndex.plain()) {
            IndexResult result = index.index.search(TestIndex.query("교화소", true, new MatchAllDocsQuery()));
            String transcript = "국경을 넘었습니다. ".repeat(20_000) + "그 뒤 교화소에서 노동을 했습니다. " + "밥을 먹었습니다. ".repeat(5_000);
            assertThat(Snippets.window(result.highlight(), Fields.PROTECTED_KO, transcript)).hasSize(Snippets.WINDOW)
                    .contains("교화소");
            assertThat(index.index.snippet(result, transcript, true)).hasValueSatisfying(html ->
                    assertThat(html).contains("<mark>교화소</mark>"));
        }
    }

    @Test
    void nothing_when_the_text_does_not_match_and_summaries_use_the_clear_fields() {
        try (TestIndex index = TestIndex.plain()) {
            IndexResult result = index.index.search(TestIndex.query("torture", true, new MatchAllDocsQuery()));
            assertThat(index.index.snippet(result, "Arbitrary detention in Onsong", false)).isEmpty();
            assertThat(index.index.snippet(result, "Torture · 2019 · Onsong", false)).hasValueSatisfying(html ->
                    assertThat(html).contains("<mark>Torture</mark>"));
            assertThat(SearchIndex.escape("<script>\"'&")).isEqualTo("&lt;script&gt;&quot;&#x27;&amp;");
        }
    }
}
