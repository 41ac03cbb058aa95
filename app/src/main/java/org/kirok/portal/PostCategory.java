package org.kirok.portal;

import java.util.Locale;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** The news board's categories, as the NGO sites the portal follows use them. */
public enum PostCategory {
    GENERAL, EVENT, STATEMENT, SUBMISSION, APPEAL, PRESS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "portal.category." + code();
    }

    public static PostCategory parse(String code) {
        return find(code).orElseThrow(() -> new InvalidInputException("category", "category must be one of general, "
                + "event, statement, submission, appeal, press (got '" + code + "')"));
    }

    public static Optional<PostCategory> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (PostCategory category : values()) {
            if (category.code().equals(code.strip())) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
