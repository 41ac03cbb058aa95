package org.kirok.analysis;

import org.kirok.security.User;

/**
 * Whose analyses a user sees: a run or a saved estimate belongs to the organisation of whoever made it, as an
 * internal record does — staff of that organisation see it, and installations without organisations share all.
 * What is inside (pairs, records) is filtered again by the access policy for the person looking.
 */
public final class Ownership {
    private Ownership() {
    }

    /** An SQL predicate over {@code alias.organisation_id}; only a UUID is inlined, never free text. */
    public static String visibleSql(User user, String alias) {
        if (!alias.matches("[a-z_]{1,20}")) {
            throw new IllegalArgumentException("bad alias: " + alias);
        }
        return user.organisationId()
                .map(org -> "(" + alias + ".organisation_id IS NULL OR " + alias + ".organisation_id = '" + org + "'::uuid)")
                .orElse("TRUE");
    }
}
