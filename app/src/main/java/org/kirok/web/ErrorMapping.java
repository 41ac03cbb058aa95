package org.kirok.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.ConflictException;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.StaleEditException;
import org.kirok.vault.VaultIntegrityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named exceptions become HTTP answers here and nowhere else: JSON {@code {"error":{"code","message","field"}}}
 * for the API, a page in the user's language for browsers. Clients never see a stack trace; unexpected errors
 * are logged with an incident id that the answer repeats.
 */
final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private final Templates templates;

    ErrorMapping(Templates templates) {
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, "not_found", e.getMessage(),
                Optional.empty(), "error.not_found"));
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, "invalid", e.getMessage(),
                e.field(), e.messageKey()));
        routes.exception(StaleEditException.class, (e, ctx) -> answer(ctx, 409, "stale_edit", e.getMessage(),
                Optional.empty(), "error.stale_edit"));
        routes.exception(ConflictException.class, (e, ctx) -> answer(ctx, 409, e.code(), e.getMessage(),
                Optional.empty(), "error.conflict"));
        routes.exception(Forbidden.class, (e, ctx) -> answer(ctx, 403, "forbidden", e.getMessage(),
                Optional.empty(), "error.forbidden"));
        routes.exception(Unauthenticated.class, (e, ctx) -> {
            if (Guard.isApi(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer");
                answer(ctx, 401, "unauthenticated", e.getMessage(), Optional.empty(), "error.unauthenticated");
            } else if (ctx.method().name().equals("GET")) {
                String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } else {
                answer(ctx, 401, "unauthenticated", e.getMessage(), Optional.empty(), "error.unauthenticated");
            }
        });
        routes.exception(PasswordChangeRequired.class, (e, ctx) -> ctx.redirect("/account/password"));
        routes.exception(RedirectRequired.class, (e, ctx) -> {
            if (ctx.method().name().equals("GET")) {
                ctx.redirect(e.target());
            } else {
                answer(ctx, 403, "step_required", e.getMessage(), Optional.empty(), "error.forbidden");
            }
        });
        routes.exception(VaultIntegrityException.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("integrity failure, incident {}: {}", incident, e.getMessage());
            answer(ctx, 500, "integrity", "Protected data failed its integrity check (incident " + incident
                    + "). Tell your administrator.", Optional.empty(), "error.integrity");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (isUnstorableText(e)) {
                answer(ctx, 400, "invalid", "The text contains characters that cannot be stored (such as U+0000). "
                        + "Remove them and send it again; nothing was saved.", Optional.empty(), "error.unstorable_text");
                return;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("unexpected error, incident {} on {} {}: {}", incident, ctx.method(), ctx.path(),
                    e.getClass().getName(), e);
            answer(ctx, 500, "internal", "Something went wrong on the server (incident " + incident
                    + "). Nothing was saved by this request. Try again; if it persists, tell your administrator.",
                    Optional.empty(), "error.internal");
        });
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")
                    || ctx.result().startsWith("Not Found")) {
                answer(ctx, 404, "not_found", "There is nothing at " + ctx.path(), Optional.empty(), "error.not_found");
            }
        });
    }

    private void answer(Context ctx, int status, String code, String message, Optional<String> field, String key) {
        ctx.status(status);
        if (Guard.isApi(ctx) || wantsJson(ctx)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            field.ifPresent(f -> error.put("field", f));
            ctx.json(Map.of("error", error));
            return;
        }
        Messages messages = Messages.of(Templates.language(ctx));
        String text = messages.has(key) ? messages.t(key) : message;
        if (ctx.header("HX-Request") != null) {
            ctx.html("<p class=\"error\" role=\"alert\">" + escape(text) + field.map(f -> " (" + escape(f) + ")").orElse("")
                    + "</p>");
            return;
        }
        templates.render(ctx, "error.jte", Map.of("status", status, "message", text, "detail",
                field.map(f -> f + ": " + message).orElse(status >= 500 ? incident(message) : "")));
    }

    /** A database refusal of the text itself (bad encoding, NUL) is the sender's to fix, not a server fault. */
    private static boolean isUnstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The incident id of a server error, which the person can quote to the administrator. */
    private static String incident(String message) {
        int at = message.indexOf("(incident ");
        return at < 0 ? "" : message.substring(at + 1, message.indexOf(')', at));
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
