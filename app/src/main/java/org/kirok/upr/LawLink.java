package org.kirok.upr;

import java.util.Optional;
import java.util.UUID;

/** A recommendation about a law, or about one article of it ("repeal article 27 of …"). */
public record LawLink(UUID id, UUID recommendationId, UUID lawId, String lawTitleEn, Optional<String> lawTitleKo,
                      Optional<UUID> articleId, Optional<String> articleNumber, Optional<String> versionLabel) {

    public String label(String language) {
        String title = "ko".equals(language) ? lawTitleKo.orElse(lawTitleEn) : lawTitleEn;
        return title + articleNumber.map(n -> ("ko".equals(language) ? " 제" + n + "조" : ", art. " + n)
                + versionLabel.map(v -> " (" + v + ")").orElse("")).orElse("");
    }
}
