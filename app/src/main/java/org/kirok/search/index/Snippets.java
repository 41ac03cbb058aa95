package org.kirok.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages cut from a text at query time (the index stores no text to cut them from). The result is
 * HTML: the text escaped, matches in {@code <mark>}. Thread-safe.
 */
final class Snippets {
    static final int PASSAGES = 2;
    private final UnifiedHighlighter highlighter;

    Snippets(Analysis analysis) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analysis.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(200_000)
                .build();
    }

    /** The best passages of {@code text} for the query, or empty when nothing in it matches. */
    Optional<String> highlight(Query query, String text, boolean protectedText) {
        boolean korean = TextLanguage.detect(text) == TextLanguage.KOREAN;
        String field = protectedText ? (korean ? Fields.PROTECTED_KO : Fields.PROTECTED_EN)
                : (korean ? Fields.TEXT_KO : Fields.TEXT_EN);
        try {
            Object highlighted = highlighter.highlightWithoutSearcher(field, query, text, PASSAGES);
            if (highlighted instanceof String html && html.contains("<mark>")) {
                return Optional.of(html.strip());
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text made safe to place in HTML, for a snippet without matches. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
