package org.kirok.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Editors' Markdown becomes HTML that can carry no script, style, frame, image or javascript: link. */
class MarkdownTest {
    private final Markdown markdown = new Markdown();

    @Test
    void formatting_lists_tables_quotes_and_links_survive() {
        String html = markdown.toSafeHtml("""
                # 제목
                **bold** and *italic*, [UPR](https://www.ohchr.org/en/hr-bodies/upr)

                - one
                - two

                > quoted

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html).contains("<h1>제목</h1>", "<strong>bold</strong>", "<em>italic</em>", "<li>one</li>",
                "<blockquote>", "<table>", "<td>1</td>");
        assertThat(html).contains("href=\"https://www.ohchr.org/en/hr-bodies/upr\"");
        // the sanitizer writes the rel tokens in no fixed order
        java.util.regex.Matcher rel = java.util.regex.Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertThat(rel.find()).as("a rel attribute on the link").isTrue();
        assertThat(rel.group(1).split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "![tracker](https://evil.example/pixel.png)",
        "<svg onload=alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<object data=x></object><embed src=x>",
        "<form action=https://evil.example><input name=p></form>"})
    void active_content_never_passes(String attack) {
        String html = markdown.toSafeHtml(attack).toLowerCase(java.util.Locale.ROOT);
        assertThat(html).doesNotContain("<script", "<iframe", "<img", "<svg", "<object", "<embed", "<form", "<input");
        // whatever survives as text is escaped; no tag may carry a handler, a style or a dangerous URL
        assertThat(html).doesNotContainPattern("<[^>]*(onerror|onload|style|javascript:|data:text)");
    }

    @Test
    void raw_html_is_shown_as_text_not_interpreted() {
        assertThat(markdown.toSafeHtml("a <b>bold</b> claim")).contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void an_overlong_text_is_refused_naming_the_field() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> markdown.toSafeHtml("x".repeat(200_001)))
                .hasMessageContaining("longer than 200000");
    }
}
