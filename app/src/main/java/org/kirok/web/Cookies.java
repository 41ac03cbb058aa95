package org.kirok.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** Cookie names and attributes in one place: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
public final class Cookies {
    public static final String SESSION = "kirok_session";
    public static final String ANONYMOUS_CSRF = "kirok_csrf";
    public static final String LANGUAGE = "kirok_lang";

    private Cookies() {
    }

    public static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setSecure(isHttps(ctx));
        ctx.cookie(cookie);
    }

    public static void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }

    static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
