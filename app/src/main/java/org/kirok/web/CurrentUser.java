package org.kirok.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.kirok.security.User;

/** Who is making this request: a user with a browser session, or with an API token. */
public record CurrentUser(User user, Optional<String> sessionSecret, Optional<String> csrfToken,
                          boolean secondFactorDone, boolean readOnlyToken) {
    static final String ATTRIBUTE = "kirok.currentUser";

    /** The logged-in user; only call from routes that require a login (the Guard guarantees one). */
    public static User of(Context ctx) {
        CurrentUser current = ctx.attribute(ATTRIBUTE);
        if (current == null) {
            throw new Unauthenticated();
        }
        return current.user();
    }

    public static Optional<CurrentUser> find(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    public boolean viaApiToken() {
        return sessionSecret.isEmpty();
    }
}
