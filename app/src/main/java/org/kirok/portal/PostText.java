package org.kirok.portal;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** One language version of a post or page: title, optional summary, the Markdown and its sanitized HTML. */
public record PostText(String language, String title, Optional<String> summary, String markdown, String html) {
    public PostText {
        if (!language.equals("en") && !language.equals("ko")) {
            throw new InvalidInputException("language", "language must be en or ko (got '" + language + "')");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidInputException("title_" + language, "the " + language + " title needs 1 to 300 characters");
        }
        summary = summary.map(String::strip).filter(s -> !s.isEmpty());
        if (summary.isPresent() && summary.get().length() > 600) {
            throw new InvalidInputException("summary_" + language, "the " + language + " summary is longer than 600 characters");
        }
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("body_" + language, "the " + language + " version needs a text");
        }
    }
}
