package org.kirok.upr;

import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * A recommendation typed in by an analyst (cycles 3 and 4 have no machine-readable list): the state under review,
 * the session, the text, recommending states (names or codes), the response, issue codes and an optional action
 * category (classified from the first verb when absent).
 */
public record RecommendationDraft(String state, int session, String text, List<String> recommending,
                                  Optional<Response> response, Optional<String> responseRaw, List<String> issues,
                                  Optional<Integer> actionCategory, Optional<String> documentSymbol) {

    public RecommendationDraft {
        if (state == null || state.isBlank()) {
            throw new InvalidInputException("state", "the state under review is required");
        }
        if (session < 1 || session > 300) {
            throw new InvalidInputException("session", "the session must be between 1 and 300 (got " + session + ")");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "the recommendation text is required");
        }
        actionCategory.filter(c -> c < 1 || c > 5).ifPresent(c -> {
            throw new InvalidInputException("action_category", "the action category must be 1 to 5 (got " + c + ")");
        });
        recommending = recommending.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        issues = issues.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        text = text.strip();
    }
}
