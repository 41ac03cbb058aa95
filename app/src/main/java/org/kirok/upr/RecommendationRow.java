package org.kirok.upr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * One recommendation as a source file states it, ready to be written: the natural key (UPR Info's rec_id or UHRI's
 * annotation id), the state under review and recommending states as ISO codes, the session, the response, the
 * action category (UPR Info's own or our classifier's), issue codes, and the regional groups the row reports.
 */
record RecommendationRow(String externalId, String source, String stateCode, int session, String text,
                         List<String> recommending, Optional<Response> response, Optional<String> responseRaw,
                         int actionCategory, String categorySource, List<String> issues,
                         Optional<String> documentSymbol, Optional<String> affectedPersons, Optional<String> sourceRow,
                         Map<String, String> regionalGroups) {

    RecommendationRow {
        if (externalId == null || externalId.isBlank() || externalId.length() > 200) {
            throw new InvalidInputException("id", "the recommendation id is missing or longer than 200 characters");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "the recommendation text is empty");
        }
        if (text.length() > 20_000) {
            throw new InvalidInputException("text", "the recommendation text is longer than 20,000 characters ("
                    + text.length() + ")");
        }
        if (session < 1 || session > 300) {
            throw new InvalidInputException("session", "the session must be between 1 and 300 (got " + session + ")");
        }
        if (actionCategory < 1 || actionCategory > 5) {
            throw new InvalidInputException("action_category", "the action category must be 1 to 5 (got "
                    + actionCategory + ")");
        }
        recommending = List.copyOf(recommending);
        issues = List.copyOf(issues);
        regionalGroups = Map.copyOf(regionalGroups);
    }

    /** The cycle of a UPR session: 1–12 cycle 1, 13–26 cycle 2, 27–40 cycle 3, then 14 sessions per cycle. */
    static int cycleOf(int session) {
        if (session <= 12) {
            return 1;
        }
        return 2 + (session - 13) / 14;
    }

    /** SHA-256 of everything imported (public data, so an unkeyed hash): an unchanged row is recognised by it. */
    byte[] fingerprint() {
        String canonical = String.join("\u001f", source, stateCode, String.valueOf(session), text,
                String.join(",", recommending), response.map(Response::code).orElse(""), responseRaw.orElse(""),
                String.valueOf(actionCategory), categorySource, String.join(",", issues), documentSymbol.orElse(""),
                affectedPersons.orElse(""), sourceRow.orElse(""));
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
