package org.kirok.upr;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A recommendation as pages and the API show it: the state under review and the recommending states as ISO codes,
 * the response, UPR Info's action category (or our classifier's, or an analyst's), issue codes and our themes
 * (reached through the issues, plus any an analyst added).
 */
public record Recommendation(UUID id, String externalId, String source, String stateCode, int session, int cycle,
                             String text, List<String> recommending, Optional<Response> response,
                             Optional<String> responseRaw, Optional<Integer> actionCategory,
                             Optional<String> categorySource, List<String> issues, List<String> themes,
                             List<String> extraThemes, Optional<String> documentSymbol,
                             Optional<String> affectedPersons, Optional<String> sourceRow, int version) {

    public Recommendation {
        recommending = List.copyOf(recommending);
        issues = List.copyOf(issues);
        themes = List.copyOf(themes);
        extraThemes = List.copyOf(extraThemes);
    }

    /** "France, Germany" in the language, for lists. */
    public String recommendingNames(String language) {
        return recommending.isEmpty() ? "—" : String.join(", ", recommending.stream()
                .map(code -> States.all().name(code, language)).toList());
    }

    public String stateName(String language) {
        return States.all().name(stateCode, language);
    }

    /** The text shortened for citation lists. */
    public String excerpt(int length) {
        return text.length() <= length ? text : text.substring(0, text.lastIndexOf(' ', length) > 0
                ? text.lastIndexOf(' ', length) : length) + "…";
    }
}
