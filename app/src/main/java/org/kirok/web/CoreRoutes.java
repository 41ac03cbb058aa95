package org.kirok.web;

import io.javalin.http.Context;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.Permission;
import org.kirok.security.UserStore;

/** Health for automation, and switching the interface language (stored per user, a cookie before login). */
public final class CoreRoutes implements Feature {
    private final Jdbi jdbi;
    private final UserStore users;

    public CoreRoutes(Jdbi jdbi, UserStore users) {
        this.jdbi = jdbi;
        this.users = users;
    }

    @Override
    public void routes(Router router) {
        router.get("/health", Permission.PUBLIC, "Ready when the database is migrated and answering", this::health);
        router.post("/language", Permission.PUBLIC, "Switch the interface language", this::language);
    }

    private void health(Context ctx) {
        boolean up = jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "unavailable"));
    }

    private void language(Context ctx) {
        String to = ctx.formParam("to");
        if (to == null || !Messages.LANGUAGES.contains(to)) {
            to = "en";
        }
        String language = to;
        Cookies.set(ctx, Cookies.LANGUAGE, language, 365 * 24 * 3600);
        CurrentUser.find(ctx).ifPresent(current ->
                jdbi.useHandle(handle -> users.setLocale(handle, current.user().id(), language)));
        String back = ctx.formParam("back");
        ctx.redirect(back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
    }
}
