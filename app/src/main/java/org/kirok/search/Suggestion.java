package org.kirok.search;

/** A type-ahead suggestion: what it is, its title for this user, one line of detail and the page it opens. */
public record Suggestion(String type, String label, String detail, String url) {
}
