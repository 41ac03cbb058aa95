package org.kirok.publish;

import java.util.List;
import java.util.Optional;

/**
 * A document to publish (a UPR submission, an appeal letter, a situation report) as a sequence of blocks, written
 * once and rendered to DOCX (what OHCHR takes) or PDF (Korean fonts embedded). Immutable.
 */
public record Publication(String title, Optional<String> subtitle, String language, List<Block> blocks) {

    public Publication {
        blocks = List.copyOf(blocks);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a publication needs a title");
        }
    }

    /** One part of the body. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Image, PageBreak {
    }

    /** A heading of level 1 (chapter) to 3. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1 to 3: " + level);
            }
        }
    }

    /**
     * A paragraph, optionally numbered ("12.") as UN submissions require, with footnotes that follow its text
     * (real footnotes in DOCX, numbered notes at the end in PDF).
     */
    public record Paragraph(String text, Optional<Integer> number, List<String> footnotes) implements Block {
        public Paragraph {
            footnotes = List.copyOf(footnotes);
        }

        public static Paragraph plain(String text) {
            return new Paragraph(text, Optional.empty(), List.of());
        }
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A PNG image (a chart, a map) with its caption, drawn at the given width in points. */
    public record Image(byte[] png, float widthPoints, String caption) implements Block {
        public Image {
            png = png.clone();
        }
    }

    public record PageBreak() implements Block {
    }
}
