package org.kirok.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * Kirok's submission markup, plain text an author can type anywhere:
 * <pre>
 * # Fair trial                        a section heading ("## " and "### " for lower levels)
 * Since May 2019 the submitters …     a paragraph, numbered in the document; lines join until a blank line
 * {{cases:unfair_trial since 2019-05-09}}   a live figure: acts of these types (codes, "theme:CODE" or "all")
 *                                     since a day, a month, a year, or "review" (the previous review)
 * {{rec:UPRINFO-S19-…}}               a previous recommendation, cited with its response and our assessment
 * ((A footnote.))                     a footnote of the paragraph (not counted against the word limit)
 * - Repeal the law …                  one of our own recommendations (a bullet)
 * </pre>
 * Parsing never fails: anything that is not a heading or a bullet is paragraph text; tokens are checked when rendered.
 */
final class Markup {
    private Markup() {
    }

    /** A block of the draft, with its raw text (tokens and footnotes still in it). */
    sealed interface Part permits Heading, Text, Bullet {
    }

    record Heading(int level, String text) implements Part {
    }

    record Text(String text) implements Part {
    }

    record Bullet(String text) implements Part {
    }

    static List<Part> parse(String body) {
        List<Part> parts = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : (body == null ? "" : body).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            int level = headingLevel(line);
            if (line.isEmpty() || level > 0 || isBullet(line)) {
                flush(parts, paragraph);
            }
            if (level > 0) {
                parts.add(new Heading(level, line.substring(level + 1).strip()));
            } else if (isBullet(line)) {
                parts.add(new Bullet(line.substring(2).strip()));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(parts, paragraph);
        return parts;
    }

    private static int headingLevel(String line) {
        for (int level = 3; level >= 1; level--) {
            if (line.startsWith("#".repeat(level) + " ") && line.length() > level + 1) {
                return level;
            }
        }
        return 0;
    }

    private static boolean isBullet(String line) {
        return (line.startsWith("- ") || line.startsWith("* ")) && line.length() > 2;
    }

    private static void flush(List<Part> parts, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            parts.add(new Text(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
