package org.kirok.law;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** One article of a law version: its number ("27", "58-2"), heading and summary of its content in both languages. */
public record ArticleDraft(String number, Optional<String> headingEn, Optional<String> headingKo,
                           Optional<String> summaryEn, Optional<String> summaryKo) {

    public ArticleDraft {
        number = Texts.required(number, "number", 20);
        if (!number.matches("[0-9A-Za-z.\\-]+")) {
            throw new InvalidInputException("number", "an article number is digits and letters like 27 or 58-2 (got '"
                    + number + "')");
        }
        headingEn = Texts.optional(headingEn, "heading_en", 500);
        headingKo = Texts.optional(headingKo, "heading_ko", 500);
        summaryEn = Texts.optional(summaryEn, "summary_en", 20_000);
        summaryKo = Texts.optional(summaryKo, "summary_ko", 20_000);
    }
}
