package org.kirok.audit;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.NotFoundException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The history of one record — who did what when — as a fragment for record pages. Only for records the user may
 * see; details hold no protected values by construction of the log.
 */
public final class AuditRoutes implements Feature {
    /** The tables whose history is shown, with the visibility alias their rows are checked under. */
    private static final Map<String, String> TABLES = Map.of("person", "person", "act", "act", "source", "source",
            "event", "event");

    private final Jdbi jdbi;
    private final AccessPolicy access;
    private final Templates templates;

    public AuditRoutes(Jdbi jdbi, AccessPolicy access, Templates templates) {
        this.jdbi = jdbi;
        this.access = access;
        this.templates = templates;
    }

    /** One line of a record's history. */
    public record Line(Instant at, String actor, String action, String detail) {
    }

    @Override
    public void routes(Router router) {
        router.get("/history/{entity}/{id}", Permission.READ_RECORDS, "History of a record (fragment)", this::history);
    }

    private void history(Context ctx) {
        User user = CurrentUser.of(ctx);
        String table = TABLES.get(ctx.pathParam("entity"));
        if (table == null) {
            throw new NotFoundException("history");
        }
        UUID id = Ids.parse(ctx.pathParam("id"), "record");
        boolean visible = jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + " r WHERE r.id = :id AND "
                + access.visibleSql(user, "r", org.kirok.security.RecordKind.ofTable(table)) + ")").bind("id", id).mapTo(Boolean.class).one());
        if (!visible) {
            throw new NotFoundException("record");
        }
        String entity = table.equals("source") ? "source" : table;
        List<Line> lines = jdbi.withHandle(h -> h.createQuery("""
                SELECT at, actor_label, action, detail FROM audit_log
                WHERE entity = :entity AND entity_id = :id ORDER BY seq DESC LIMIT 100""")
                .bind("entity", entity).bind("id", id)
                .map((rs, c) -> new Line(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
        templates.render(ctx, "audit/history.jte", Map.of("lines", lines));
    }
}
