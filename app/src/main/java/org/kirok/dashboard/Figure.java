package org.kirok.dashboard;

import java.util.OptionalLong;

/**
 * One published or displayed count: the facet value it belongs to (the query parameter value that selects it), its
 * label in the reader's language and the count — empty when the disclosure gate hid it. Immutable.
 */
public record Figure(String key, String label, OptionalLong count) {
    public long shownOrZero() {
        return count.orElse(0);
    }

    /** The count as a reader sees it: grouped digits, or the text that stands for a hidden count. */
    public String text(String hidden) {
        return text(count, hidden);
    }

    public static String text(OptionalLong count, String hidden) {
        return count.isPresent() ? String.format(java.util.Locale.ROOT, "%,d", count.getAsLong()) : hidden;
    }
}
