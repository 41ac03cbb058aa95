package org.kirok.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the precompiled JTE templates (compiled at build time, HTML-escaped by default) with the page
 * context added. Thread-safe.
 */
public final class Templates {
    private static final String NOTICE = "kirok.notice";
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final boolean demo;

    public Templates(boolean demo) {
        this.demo = demo;
    }

    public void render(Context ctx, String template, Map<String, Object> data) {
        ctx.html(renderToString(ctx, template, data));
    }

    public String renderToString(Context ctx, String template, Map<String, Object> data) {
        Map<String, Object> params = new HashMap<>(data);
        params.put("page", page(ctx));
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }

    public PageContext page(Context ctx) {
        Optional<CurrentUser> current = CurrentUser.find(ctx);
        String csrf = current.flatMap(CurrentUser::csrfToken).orElseGet(() -> Optional
                .ofNullable(ctx.<String>attribute(Cookies.ANONYMOUS_CSRF))
                .orElseGet(() -> Optional.ofNullable(ctx.cookie(Cookies.ANONYMOUS_CSRF)).orElseGet(() -> {
                    // anonymous pages still post forms (language, login): give them a double-submit token
                    String fresh = org.kirok.security.Tokens.newSecret();
                    Cookies.set(ctx, Cookies.ANONYMOUS_CSRF, fresh, 3600);
                    return fresh;
                })));
        Optional<String> notice = Optional.ofNullable(ctx.cookie(NOTICE)).filter(s -> !s.isBlank());
        notice.ifPresent(n -> Cookies.clear(ctx, NOTICE));
        return new PageContext(Messages.of(language(ctx)), current.map(CurrentUser::user), csrf, ctx.path(), demo,
                notice.map(key -> Messages.of(language(ctx)).t(key)));
    }

    /** Shows a message (by key) on the next page the browser loads: after a redirect, "Saved." */
    public static void notice(Context ctx, String messageKey) {
        Cookies.set(ctx, NOTICE, messageKey, 60);
    }

    public static String language(Context ctx) {
        Optional<CurrentUser> current = CurrentUser.find(ctx);
        if (current.isPresent()) {
            return current.get().user().locale();
        }
        String cookie = ctx.cookie(Cookies.LANGUAGE);
        if (cookie != null && Messages.LANGUAGES.contains(cookie)) {
            return cookie;
        }
        String accept = Optional.ofNullable(ctx.header("Accept-Language")).orElse("").toLowerCase(Locale.ROOT);
        return accept.startsWith("ko") ? "ko" : "en";
    }
}
