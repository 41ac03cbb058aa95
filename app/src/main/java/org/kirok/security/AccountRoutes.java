package org.kirok.security;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.InvalidInputException;
import org.kirok.web.Cookies;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** Login, logout and changing one's password. */
public final class AccountRoutes implements Feature {
    private final Jdbi jdbi;
    private final Accounts accounts;
    private final SessionStore sessions;
    private final Templates templates;

    public AccountRoutes(Jdbi jdbi, Accounts accounts, SessionStore sessions, Templates templates) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.sessions = sessions;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/login", Permission.PUBLIC, "Login page", this::loginPage);
        router.post("/login", Permission.PUBLIC, "Log in", this::login);
        router.post("/logout", Permission.AUTHENTICATED, "Log out", this::logout);
        router.get("/account", Permission.AUTHENTICATED, "Own account", ctx -> templates.render(ctx, "account/index.jte",
                Map.of("user", CurrentUser.of(ctx))));
        router.get("/account/password", Permission.AUTHENTICATED, "Password form", ctx -> passwordPage(ctx, ""));
        router.post("/account/password", Permission.AUTHENTICATED, "Change password", this::changePassword);
    }

    private void loginPage(Context ctx) {
        if (CurrentUser.find(ctx).isPresent()) {
            ctx.redirect("/");
            return;
        }
        renderLogin(ctx, "");
    }

    private void renderLogin(Context ctx, String error) {
        String csrf = Optional.ofNullable(ctx.cookie(Cookies.ANONYMOUS_CSRF)).orElseGet(Tokens::newSecret);
        Cookies.set(ctx, Cookies.ANONYMOUS_CSRF, csrf, 3600);
        ctx.attribute(Cookies.ANONYMOUS_CSRF, csrf);
        templates.render(ctx, "account/login.jte", Map.of("next", safeNext(ctx.queryParam("next")), "error", error));
    }

    private void login(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Messages messages = Messages.of(Templates.language(ctx));
        switch (accounts.login(username, password, ctx.ip())) {
            case Accounts.Login.Success success -> {
                Cookies.set(ctx, Cookies.SESSION, success.sessionSecret(), (int) SessionStore.ABSOLUTE_TIMEOUT.toSeconds());
                Cookies.clear(ctx, Cookies.ANONYMOUS_CSRF);
                ctx.redirect(success.user().mustChangePassword() ? "/account/password"
                        : safeNext(ctx.formParam("next")));
            }
            case Accounts.Login.Refused refused -> {
                ctx.status(401);
                renderLogin(ctx, messages.t("login.refused"));
            }
            case Accounts.Login.Throttled throttled -> {
                ctx.status(429);
                renderLogin(ctx, messages.t("login.throttled"));
            }
        }
    }

    private void logout(Context ctx) {
        CurrentUser.find(ctx).flatMap(CurrentUser::sessionSecret)
                .ifPresent(secret -> jdbi.useHandle(handle -> sessions.delete(handle, secret)));
        Cookies.clear(ctx, Cookies.SESSION);
        ctx.redirect("/login");
    }

    private void passwordPage(Context ctx, String error) {
        templates.render(ctx, "account/password.jte",
                Map.of("error", error, "firstLogin", CurrentUser.of(ctx).mustChangePassword()));
    }

    private void changePassword(Context ctx) {
        User user = CurrentUser.of(ctx);
        String replacement = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Messages messages = Messages.of(Templates.language(ctx));
        if (!replacement.equals(ctx.formParam("repeat"))) {
            ctx.status(400);
            passwordPage(ctx, messages.t("password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(user, Optional.ofNullable(ctx.formParam("current")).orElse(""), replacement);
        } catch (InvalidInputException e) {
            ctx.status(400);
            passwordPage(ctx, messages.has(e.messageKey()) ? messages.t(e.messageKey()) : e.getMessage());
            return;
        }
        // every session ended with the change: start a fresh one for this browser
        Accounts.Login login = accounts.login(user.username(), replacement, ctx.ip());
        if (login instanceof Accounts.Login.Success success) {
            Cookies.set(ctx, Cookies.SESSION, success.sessionSecret(), (int) SessionStore.ABSOLUTE_TIMEOUT.toSeconds());
        }
        Templates.notice(ctx, "password.changed");
        ctx.redirect("/");
    }

    /** Only local paths, so the login form cannot be used to send people to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
