package org.kirok.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Permission;
import org.kirok.security.SessionStore;
import org.kirok.security.TokenStore;
import org.kirok.security.User;
import org.kirok.security.UserStore;

/**
 * Runs before every matched route: establishes who is calling (session cookie for pages, bearer token for
 * {@code /api/}), enforces the route's permission, the first-login password change, and CSRF on every state
 * change from a browser. A route without a declared permission is refused — deny by default.
 */
final class Guard {
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("/account/password", "/logout");
    private static final Set<String> ALLOWED_BEFORE_SECOND_FACTOR = Set.of("/login/totp", "/logout");
    private static final Set<String> ALLOWED_BEFORE_ENROLMENT = Set.of("/account/totp", "/account/password", "/logout");

    private final Jdbi jdbi;
    private final UserStore users;
    private final SessionStore sessions;
    private final TokenStore tokens;
    private final AccessPolicy access;

    Guard(Jdbi jdbi, UserStore users, SessionStore sessions, TokenStore tokens, AccessPolicy access) {
        this.access = access;
        this.jdbi = jdbi;
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    void check(Context ctx) {
        if (ctx.routeRoles().isEmpty() && isStaticAsset(ctx)) {
            return; // Javalin does not pass static files' roles on; these two folders are public by design
        }
        Permission permission = ctx.routeRoles().stream()
                .filter(Permission.class::isInstance).map(Permission.class::cast)
                .findFirst()
                .orElseThrow(() -> new Forbidden("This route declares no permission and is closed."));
        boolean api = isApi(ctx);
        Optional<CurrentUser> current = api ? fromToken(ctx) : fromSession(ctx);
        current.ifPresent(user -> ctx.attribute(CurrentUser.ATTRIBUTE, user));
        if (!api && !SAFE.contains(ctx.method())) {
            requireCsrf(ctx, current);
        }
        if (permission == Permission.PUBLIC) {
            return;
        }
        CurrentUser caller = current.orElseThrow(Unauthenticated::new);
        if (!api) {
            requireSteps(ctx, caller);
        }
        if (api && caller.readOnlyToken() && !SAFE.contains(ctx.method())) {
            throw new Forbidden("This API token may only read.");
        }
        if (!caller.user().may(permission)) {
            throw new Forbidden("Your role (" + caller.user().role().code() + ") does not allow this.");
        }
    }

    private static boolean isStaticAsset(Context ctx) {
        return SAFE.contains(ctx.method()) && (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/"));
    }

    /** The order of first steps: the second factor of this login, a password of one's own, an authenticator. */
    private void requireSteps(Context ctx, CurrentUser caller) {
        String path = ctx.path();
        if (!caller.secondFactorDone() && !ALLOWED_BEFORE_SECOND_FACTOR.contains(path)) {
            throw new RedirectRequired("/login/totp", "Enter the code from your authenticator app first.");
        }
        if (caller.secondFactorDone() && caller.user().mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path)) {
            throw new PasswordChangeRequired();
        }
        if (caller.secondFactorDone() && !caller.user().mustChangePassword() && !caller.user().totpEnabled()
                && access.needsSecondFactor(caller.user()) && !ALLOWED_BEFORE_ENROLMENT.contains(path)) {
            throw new RedirectRequired("/account/totp", "Your role reads identities: set up a second factor first.");
        }
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private Optional<CurrentUser> fromToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String secret = header.substring(7).strip();
        if (secret.isEmpty() || secret.length() > 512) {
            return Optional.empty();
        }
        return jdbi.inTransaction(handle -> tokens.find(handle, secret).flatMap(token -> users.byId(handle, token.userId())
                .filter(user -> !user.disabled())
                .map(user -> new CurrentUser(user, Optional.empty(), Optional.empty(), true, token.readOnly()))));
    }

    private Optional<CurrentUser> fromSession(Context ctx) {
        String secret = ctx.cookie(Cookies.SESSION);
        if (secret == null || secret.isBlank() || secret.length() > 128) {
            return Optional.empty();
        }
        return jdbi.inTransaction(handle -> sessions.find(handle, secret).flatMap(session -> {
            Optional<User> user = users.byId(handle, session.userId()).filter(u -> !u.disabled());
            return user.map(u -> new CurrentUser(u, Optional.of(secret), Optional.of(session.csrfToken()),
                    session.secondFactorDone(), false));
        }));
    }

    private static void requireCsrf(Context ctx, Optional<CurrentUser> current) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null && ctx.isMultipartFormData()) {
            // never parse a multipart body just to find the token: plain multipart forms put it in the action URL
            sent = ctx.queryParam("_csrf");
        } else if (sent == null && ctx.isFormUrlencoded()) {
            sent = ctx.formParam("_csrf");
        }
        String expected = current.flatMap(CurrentUser::csrfToken).orElse(ctx.cookie(Cookies.ANONYMOUS_CSRF));
        if (sent == null || expected == null || expected.isBlank()
                || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("The form expired or did not come from this site. Reload the page and try again.");
        }
    }
}
