package org.kirok.upr;

import java.util.Optional;

/** An official or published total (from upr_published_figures.csv), with its source and how far to trust it. */
public record PublishedFigure(String checkId, String metric, String value, Optional<String> cycle,
                              Optional<String> sessions, Optional<String> reviewDate, Optional<String> countingBasis,
                              Optional<String> source, Optional<String> sourceUrl, Optional<String> confidence,
                              Optional<String> note) {

    /** The figure as a number when it is one ("167", "5,630"), for side-by-side comparisons. */
    public Optional<Long> number() {
        String digits = value.replace(",", "").strip();
        return digits.matches("\\d{1,12}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }
}
