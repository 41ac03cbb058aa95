package org.kirok.search.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.kirok.store.InvalidInputException;

/**
 * What a person typed into the search box, read as words and "quoted phrases". No operators: people searching
 * testimony type words, names and places, and every word must match (in some field, in some form). Words keep
 * their order, so that runs of words can be tried as a name or a place ("Ri Yong Chol", "North Hamgyong").
 */
public record QueryText(String raw, List<String> words, List<String> phrases) {
    public static final int MAX_LENGTH = 500;
    public static final int MAX_WORDS = 32;
    public static final QueryText EMPTY = new QueryText("", List.of(), List.of());

    public QueryText {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    /** Parses the box; too long or too many words is refused with the reason (field {@code q}). */
    public static QueryText parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "the search text is at most " + MAX_LENGTH + " characters long (got "
                    + text.length() + ")");
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\p{Cntrl}", " ")
                .replace('“', '"').replace('”', '"').strip();
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        boolean quoted = false;
        for (String part : normalized.split("\"", -1)) {
            if (quoted) {
                if (!part.isBlank()) {
                    phrases.add(part.strip());
                }
            } else {
                for (String word : part.strip().split("\\s+")) {
                    if (!word.isBlank()) {
                        words.add(word);
                    }
                }
            }
            quoted = !quoted;
        }
        if (words.size() + phrases.size() > MAX_WORDS) {
            throw new InvalidInputException("q", "the search text has at most " + MAX_WORDS + " words and phrases (got "
                    + (words.size() + phrases.size()) + ")");
        }
        return new QueryText(normalized, words, phrases);
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
