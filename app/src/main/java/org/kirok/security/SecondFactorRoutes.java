package org.kirok.security;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The second step of logging in, enrolling an authenticator app, and one's own API tokens. */
public final class SecondFactorRoutes implements Feature {
    private final Jdbi jdbi;
    private final SecondFactor secondFactor;
    private final SessionStore sessions;
    private final TokenStore tokens;
    private final LoginThrottle throttle = new LoginThrottle();
    private final Templates templates;
    private final org.kirok.audit.AuditLog audit;

    public SecondFactorRoutes(Jdbi jdbi, SecondFactor secondFactor, SessionStore sessions, TokenStore tokens,
                              org.kirok.audit.AuditLog audit, Templates templates) {
        this.jdbi = jdbi;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/login/totp", Permission.AUTHENTICATED, "Second-factor form", ctx -> codePage(ctx, ""));
        router.post("/login/totp", Permission.AUTHENTICATED, "Give the second factor", this::checkCode);
        router.get("/account/totp", Permission.AUTHENTICATED, "Enrol an authenticator app", this::enrolPage);
        router.post("/account/totp", Permission.AUTHENTICATED, "Confirm the authenticator app", this::confirm);
        router.get("/account/tokens", Permission.AUTHENTICATED, "Own API tokens", ctx -> tokensPage(ctx, ""));
        router.post("/account/tokens", Permission.AUTHENTICATED, "Create an API token", this::createToken);
        router.post("/account/tokens/{id}/revoke", Permission.AUTHENTICATED, "Revoke an API token", this::revokeToken);
    }

    private void codePage(Context ctx, String error) {
        templates.render(ctx, "account/totp-login.jte", Map.of("error", error));
    }

    private void checkCode(Context ctx) {
        CurrentUser current = CurrentUser.find(ctx).orElseThrow();
        User user = current.user();
        Messages messages = Messages.of(user.locale());
        if (!throttle.allowed(user.username(), ctx.ip())) {
            ctx.status(429);
            codePage(ctx, messages.t("login.throttled"));
            return;
        }
        if (!secondFactor.verify(user, ctx.formParam("code"))) {
            throttle.failed(user.username(), ctx.ip());
            ctx.status(401);
            codePage(ctx, messages.t("totp.wrong"));
            return;
        }
        throttle.succeeded(user.username());
        jdbi.useHandle(handle -> sessions.markSecondFactorDone(handle, current.sessionSecret().orElseThrow()));
        ctx.redirect("/");
    }

    private void enrolPage(Context ctx) {
        User user = CurrentUser.of(ctx);
        if (user.totpEnabled()) {
            templates.render(ctx, "account/totp-enrol.jte", Map.of("enrolled", true, "qr", "", "secret", "",
                    "codes", List.of(), "error", ""));
            return;
        }
        byte[] secret = secondFactor.begin(user);
        templates.render(ctx, "account/totp-enrol.jte", Map.of("enrolled", false,
                "qr", QrCode.svg(Totp.provisioningUri(user.username(), secret)), "secret", Totp.base32(secret),
                "codes", List.of(), "error", ""));
    }

    private void confirm(Context ctx) {
        User user = CurrentUser.of(ctx);
        Optional<List<String>> codes = secondFactor.confirm(user, ctx.formParam("code"));
        if (codes.isEmpty()) {
            ctx.status(400);
            byte[] secret = secondFactor.begin(user);
            templates.render(ctx, "account/totp-enrol.jte", Map.of("enrolled", false,
                    "qr", QrCode.svg(Totp.provisioningUri(user.username(), secret)), "secret", Totp.base32(secret),
                    "codes", List.of(), "error", Messages.of(user.locale()).t("totp.wrong_enrol")));
            return;
        }
        CurrentUser.find(ctx).flatMap(CurrentUser::sessionSecret)
                .ifPresent(secret -> jdbi.useHandle(handle -> sessions.markSecondFactorDone(handle, secret)));
        templates.render(ctx, "account/totp-enrol.jte", Map.of("enrolled", true, "qr", "", "secret", "",
                "codes", codes.get(), "error", ""));
    }

    private void tokensPage(Context ctx, String created) {
        User user = CurrentUser.of(ctx);
        templates.render(ctx, "account/tokens.jte", Map.of("tokens", jdbi.withHandle(h -> tokens.of(h, user.id())),
                "created", created));
    }

    private void createToken(Context ctx) {
        User user = CurrentUser.of(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).map(String::strip).filter(s -> !s.isEmpty()).orElse("token");
        int days = Math.max(1, Math.min(365, parse(ctx.formParam("days"), 90)));
        boolean readOnly = !"write".equals(ctx.formParam("scope"));
        String secret = Tokens.newSecret();
        jdbi.useTransaction(handle -> {
            var id = tokens.create(handle, user.id(), name, secret, Optional.of(Instant.now().plus(days, ChronoUnit.DAYS)), readOnly);
            audit.record(handle, user.actor(), "token.created", "user", user.id(), Map.of("token", id.toString(),
                    "days", days, "read_only", readOnly));
        });
        tokensPage(ctx, secret);
    }

    private void revokeToken(Context ctx) {
        User user = CurrentUser.of(ctx);
        var id = org.kirok.store.Ids.parse(ctx.pathParam("id"), "token");
        boolean revoked = jdbi.inTransaction(handle -> {
            boolean done = tokens.revoke(handle, id, user.id());
            if (done) {
                audit.record(handle, user.actor(), "token.revoked", "user", user.id(), Map.of("token", id.toString()));
            }
            return done;
        });
        if (!revoked) {
            throw new org.kirok.store.NotFoundException("token");
        }
        Templates.notice(ctx, "tokens.revoked");
        ctx.redirect("/account/tokens");
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
