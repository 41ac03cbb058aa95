package org.kirok.home;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The start page: what the user may see, counted, and where to go next. */
public final class HomeRoutes implements Feature {
    private final Jdbi jdbi;
    private final AccessPolicy access;
    private final Templates templates;

    public HomeRoutes(Jdbi jdbi, AccessPolicy access, Templates templates) {
        this.jdbi = jdbi;
        this.access = access;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/", Permission.AUTHENTICATED, "Start page", this::home);
    }

    private void home(Context ctx) {
        User user = CurrentUser.of(ctx);
        Map<String, Long> counts = new LinkedHashMap<>();
        if (user.may(Permission.READ_RECORDS)) {
            jdbi.useHandle(handle -> {
                counts.put("testimonies", count(handle, "source s WHERE s.kind = 'testimony' AND " + access.visibleSql(user, "s")));
                counts.put("acts", count(handle, "act a WHERE " + access.visibleSql(user, "a")));
                counts.put("persons", count(handle, "person p WHERE " + access.visibleSql(user, "p")));
                counts.put("events", count(handle, "event e WHERE " + access.visibleSql(user, "e")));
            });
        }
        templates.render(ctx, "home/home.jte", Map.of("counts", counts));
    }

    private static long count(org.jdbi.v3.core.Handle handle, String fromWhere) {
        return handle.createQuery("SELECT count(*) FROM " + fromWhere).mapTo(Long.class).one();
    }
}
