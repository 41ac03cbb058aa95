package org.kirok.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages cut from a text at query time (the index stores no text to cut them from). The result is
 * HTML: the text escaped, matches in {@code <mark>}. A long text (a transcript of a two-hour interview) is not
 * analysed whole: only a window around the first place where a query term appears as written, so that cutting a
 * snippet costs the same for 2 KB and for 200 KB. Thread-safe.
 */
final class Snippets {
    static final int PASSAGES = 2;
    static final int WINDOW = 2_000;
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
            Object highlighted = highlighter.highlightWithoutSearcher(field, query, window(query, field, text), PASSAGES);
            if (highlighted instanceof String html && html.contains("<mark>")) {
                return Optional.of(html.strip());
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The part of a long text worth analysing: from a little before the first literal occurrence of one of the
     * query's terms for this field (Korean morphemes and English stems are mostly found as written), or the start.
     */
    static String window(Query query, String field, String text) {
        if (text.length() <= WINDOW) {
            return text;
        }
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        String lower = text.toLowerCase(Locale.ROOT);
        int first = text.length();
        for (Term term : terms) {
            String word = term.text();
            if (term.field().equals(field) && word.length() >= 2) {
                int at = lower.indexOf(word);
                if (at >= 0 && at < first) {
                    first = at;
                }
            }
        }
        int start = first == text.length() ? 0 : Math.max(0, first - WINDOW / 4);
        int end = Math.min(text.length(), start + WINDOW);
        return text.substring(start, end);
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
