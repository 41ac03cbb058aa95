package org.kirok.event;

import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/** {@code /api/v1/acts}: code acts, read, filter (type, victim, source, place, period, perpetrator…), update, delete. */
public final class ActApi implements Feature {
    private final ActService acts;

    public ActApi(ActService acts) {
        this.acts = acts;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/acts", Permission.WRITE_RECORDS, "Code an act", this::create);
        router.get("/api/v1/acts", Permission.READ_RECORDS,
                "List acts (act_type, victim, source, place, from, to, perpetrator, event, article, page)", this::list);
        router.get("/api/v1/acts/{id}", Permission.READ_RECORDS, "One act", this::read);
        router.put("/api/v1/acts/{id}", Permission.WRITE_RECORDS, "Update an act (send its version)", this::update);
        router.delete("/api/v1/acts/{id}", Permission.DELETE_RECORDS, "Delete an act", this::delete);
    }

    private void create(Context ctx) {
        UUID id = acts.create(CurrentUser.of(ctx), ActJson.draft(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/acts/" + id).json(Map.of("id", id));
    }

    private void read(Context ctx) {
        User user = CurrentUser.of(ctx);
        ctx.json(ActJson.json(acts.view(user, Ids.parse(ctx.pathParam("id"), "act"), "en")));
    }

    private void list(Context ctx) {
        Page<ActView> page = acts.list(CurrentUser.of(ctx), ActQuery.filter(ctx), "en",
                Page.number(ctx.queryParam("page")), Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", ActJson.json(page.items())));
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "act");
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        acts.update(user, id, version, ActJson.draft(body));
        ctx.json(ActJson.json(acts.view(user, id, "en")));
    }

    private void delete(Context ctx) {
        acts.delete(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "act"));
        ctx.status(204);
    }
}
