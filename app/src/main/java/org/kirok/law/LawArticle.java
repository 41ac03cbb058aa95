package org.kirok.law;

import java.util.Optional;
import java.util.UUID;

/** An article with the law and version it belongs to, so it can be named on its own ("RTCRL art. 27 (2020)"). */
public record LawArticle(UUID id, UUID versionId, UUID lawId, String lawTitleEn, Optional<String> lawTitleKo,
                         Optional<String> lawShortName, String versionLabel, String number, Optional<String> headingEn,
                         Optional<String> headingKo, Optional<String> summaryEn, Optional<String> summaryKo,
                         int version) {

    public String heading(String language) {
        return "ko".equals(language) ? headingKo.or(() -> headingEn).orElse("") : headingEn.or(() -> headingKo).orElse("");
    }

    public String summary(String language) {
        return "ko".equals(language) ? summaryKo.or(() -> summaryEn).orElse("") : summaryEn.or(() -> summaryKo).orElse("");
    }

    /** "Reactionary Thought and Culture Rejection Law, art. 27 (2020 adoption)" or its Korean form. */
    public String label(String language) {
        String law = "ko".equals(language) ? lawTitleKo.orElse(lawTitleEn) : lawShortName.orElse(lawTitleEn);
        return "ko".equals(language) ? law + " 제" + number + "조 (" + versionLabel + ")"
                : law + ", art. " + number + " (" + versionLabel + ")";
    }
}
