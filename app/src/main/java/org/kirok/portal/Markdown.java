package org.kirok.portal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Editors write Markdown (CommonMark with GitHub tables); the public sees HTML that has been through two locks: the
 * renderer escapes any raw HTML in the text and drops unsafe link schemes, then the OWASP Java HTML Sanitizer keeps
 * only formatting, blocks, tables and http(s)/mailto links (with rel="nofollow noopener noreferrer"). No images,
 * scripts, styles or event handlers can pass. Thread-safe.
 */
public final class Markdown {
    private static final int MAX_LENGTH = 200_000;

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("pre", "hr", "code", "blockquote")
                    .toFactory());

    public String toSafeHtml(String markdown) {
        if (markdown.length() > MAX_LENGTH) {
            throw new org.kirok.store.InvalidInputException("body", "the text is longer than " + MAX_LENGTH
                    + " characters (" + markdown.length() + ")");
        }
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }
}
