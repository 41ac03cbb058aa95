package org.kirok.submission;

import java.time.LocalDate;
import java.util.List;
import org.kirok.publish.Publication;

/**
 * A draft with its live figures and citations filled in: the body as publication blocks (paragraphs numbered),
 * its word count (headings, paragraphs and recommendations; not footnotes), what the rendering found wrong, the
 * case codes its figures cite, and the days its figures count from (for the period check).
 */
public record Rendered(List<Publication.Block> blocks, int words, List<Finding> findings, List<String> citedCases,
                       List<LocalDate> figureStarts) {

    public Rendered {
        blocks = List.copyOf(blocks);
        findings = List.copyOf(findings);
        citedCases = List.copyOf(citedCases);
        figureStarts = List.copyOf(figureStarts);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::error);
    }
}
